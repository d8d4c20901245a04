import {
  Button,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  ValidationMessage,
  Checkbox,
} from '@digdir/designsystemet-react';
import { useEffect, useMemo, useState } from 'react';
import { useFormServices } from '../../context/FormServices.ts';
import type { DataListPage, DataListService } from '../../../core/services/dataLists.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { useFieldsetHeading } from '../shared/FieldHeading.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';
import { useBoundTexts } from './useBoundTexts.ts';
import { useChosenRows } from './useChosenRows.ts';

interface ListConfig {
  dataListId?: string;
  tableHeaders?: Record<string, string>;
  tableHeadersMobile?: string[];
  sortableColumns?: string[];
  pagination?: { alternatives?: number[]; default?: number };
  secure?: boolean;
  queryParameters?: Record<string, unknown>;
}

const ALL_ROWS = 1000;

/**
 * One row chosen from a server data list, shown as a table with a radio per row. Each binding key
 * names a column: choosing a row writes the row's value of that column to the binding. With a
 * `group` binding any number of rows are chosen with checkboxes, each stored as a row of the group.
 */
export function List({ node }: SkjemaComponentProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description, unlabelledName } = useFieldTexts(node);
  const { heading, ...groupName } = useFieldsetHeading(node, { title, description, required, unlabelledName });
  const { error } = useNodeValidation(node);
  const texts = useTextResolver();
  const dataLists: DataListService = useFormServices();
  const config = node.component as ListConfig;
  const headers = config.tableHeaders ?? {};
  const columns = Object.keys(headers);
  // Set: on narrow screens each row becomes a card showing only these columns, labelled (formComponents.css).
  const mobileColumns = Array.isArray(config.tableHeadersMobile) ? new Set(config.tableHeadersMobile) : undefined;
  const offMobile = (column: string) => (mobileColumns && !mobileColumns.has(column) ? 'hidden' : undefined);
  const sortable = new Set(config.sortableColumns ?? []);
  const keys = useMemo(
    () => Object.keys(node.bindings).filter((key) => key !== 'group' && key !== 'checked'),
    [node.bindings],
  );
  const { values, write } = useBoundTexts(node, keys);
  const multi = useChosenRows(node, keys);
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(config.pagination?.default ?? ALL_ROWS);
  const [sort, setSort] = useState<{ column: string; direction: 'asc' | 'desc' } | undefined>(undefined);
  const [data, setData] = useState<DataListPage | undefined>(undefined);
  const queryParameters = Object.fromEntries(
    Object.keys(config.queryParameters ?? {}).map((key) => [
      key,
      String(node.evaluate(`queryParameters.${key}`, 'string', '') ?? ''),
    ]),
  );
  const queryKey = JSON.stringify(queryParameters);
  useEffect(() => {
    if (!config.dataListId) return;
    let current = true;
    dataLists
      .fetchDataList(config.dataListId, {
        language: texts.language,
        page,
        pageSize,
        sortColumn: sort?.column,
        sortDirection: sort?.direction,
        queryParameters: JSON.parse(queryKey) as Record<string, string>,
        secure: config.secure,
      })
      .then(
        (result) => current && setData(result),
        () => current && setData({ rows: [], totalRows: 0 }),
      );
    return () => {
      current = false;
    };
  }, [dataLists, config.dataListId, config.secure, texts.language, page, pageSize, sort, queryKey]);

  const rows = data?.rows ?? [];
  const pages = Math.max(1, Math.ceil((data?.totalRows ?? 0) / pageSize));
  const cell = (row: Record<string, unknown>, column: string) => {
    const value = row[column];
    return value === undefined || value === null ? '' : String(value);
  };
  const valuesOf = (row: Record<string, unknown>) => Object.fromEntries(keys.map((key) => [key, cell(row, key)]));
  const isChosen = (row: Record<string, unknown>) =>
    multi
      ? keys.length > 0 && multi.isChosen(valuesOf(row))
      : keys.length > 0 && keys.every((key) => values[key] !== '' && values[key] === cell(row, key));
  const choose = (row: Record<string, unknown>) => write(valuesOf(row));
  const toggleSort = (column: string) =>
    setSort((previous) =>
      previous?.column === column && previous.direction === 'asc'
        ? { column, direction: 'desc' }
        : { column, direction: 'asc' },
    );

  return (
    <Fieldset id={node.id} {...groupName}>
      {heading}
      <div className={mobileColumns ? 'skjema-table-scroll skjema-list-cards' : 'skjema-table-scroll'}>
        <Table data-size="sm">
          <TableHead>
            <TableRow>
              <TableHeaderCell>{texts.resolve('list_component.choose')}</TableHeaderCell>
              {columns.map((column) => {
                const label = texts.resolve(headers[column]);
                if (!sortable.has(column)) {
                  return (
                    <TableHeaderCell key={column} data-mobile={offMobile(column)}>
                      {label}
                    </TableHeaderCell>
                  );
                }
                const direction = sort?.column === column ? sort.direction : undefined;
                return (
                  <TableHeaderCell
                    key={column}
                    data-mobile={offMobile(column)}
                    aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
                  >
                    <Button type="button" variant="tertiary" data-size="sm" onClick={() => toggleSort(column)}>
                      {label}
                    </Button>
                  </TableHeaderCell>
                );
              })}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => (
              <TableRow key={index}>
                <TableCell>
                  {multi ? (
                    <Checkbox
                      name={node.id}
                      value={String(index)}
                      aria-label={columns.map((column) => cell(row, column)).join(', ')}
                      checked={isChosen(row)}
                      onChange={(event) => readOnly || multi.toggle(valuesOf(row), event.target.checked)}
                      readOnly={readOnly}
                    />
                  ) : (
                    <Radio
                      name={node.id}
                      value={String(index)}
                      aria-label={columns.map((column) => cell(row, column)).join(', ')}
                      checked={isChosen(row)}
                      onChange={() => readOnly || choose(row)}
                      readOnly={readOnly}
                      required={required}
                    />
                  )}
                </TableCell>
                {columns.map((column) => (
                  <TableCell key={column} data-mobile={offMobile(column)}>
                    {mobileColumns && <span className="skjema-list-card-label">{texts.resolve(headers[column])}</span>}
                    {cell(row, column)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {data && rows.length === 0 && <Paragraph data-size="sm">{texts.resolve('list_component.no_rows')}</Paragraph>}
      {config.pagination && (
        <nav aria-label={texts.resolve('list_component.pagination_label')} className="skjema-field-row">
          <Field className="skjema-field-narrow">
            <Label htmlFor={`${node.id}-page-size`}>{texts.resolve('list_component.rows_per_page')}</Label>
            <Select
              id={`${node.id}-page-size`}
              data-size="sm"
              value={String(pageSize)}
              onChange={(event) => {
                setPageSize(Number(event.target.value));
                setPage(0);
              }}
            >
              {(config.pagination.alternatives ?? [pageSize]).map((size) => (
                <SelectOption key={size} value={String(size)}>
                  {size}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            disabled={page === 0}
            onClick={() => setPage(page - 1)}
          >
            {texts.resolve('list_component.previous_page')}
          </Button>
          <Paragraph data-size="sm" aria-live="polite">
            {texts.resolve('navigation.page_x_of_y', { params: [page + 1, pages] })}
          </Paragraph>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            disabled={page >= pages - 1}
            onClick={() => setPage(page + 1)}
          >
            {texts.resolve('list_component.next_page')}
          </Button>
        </nav>
      )}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
