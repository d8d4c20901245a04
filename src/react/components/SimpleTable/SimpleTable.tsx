import {
  Button,
  Fieldset,
  FieldsetLegend,
  Input,
  Paragraph,
  Radio,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useCallback, useSyncExternalStore, type ReactNode } from 'react';
import type { DataBinding } from '../../../core/data/formData.ts';
import { subscribeAtBindings } from '../../hooks/subscribeAtBindings.ts';
import { getAtPath } from '../../../core/data/path.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useFormServices } from '../../context/FormServices.ts';
import type { ExternalApiService } from '../../../core/services/externalApi.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { formatDate, parseStored } from '../Datepicker/dates.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { useHelp } from '../shared/useHelp.tsx';
import { ServiceNotice } from '../shared/ServiceNotice.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';
import { useServiceQuery } from '../shared/useServiceQuery.ts';
import { isSafeUrl } from '../shared/safeUrl.ts';

type CellComponent =
  | { type: 'link'; hrefPath: string; textPath: string; openInNewTab?: boolean }
  | { type: 'date'; format?: string }
  | { type: 'radio'; options?: { label: string; value: string }[] };

interface Column {
  header: string;
  accessors: string[];
  component?: CellComponent;
}

interface SimpleTableConfig {
  title?: string;
  columns?: Column[];
  zebra?: boolean;
  enableDelete?: boolean;
  enableEdit?: boolean;
  size?: 'sm' | 'md' | 'lg';
  externalApi?: { id: string; path: string };
}

const NO_ROWS: unknown[] = [];

/**
 * The rows of the `tableData` array as a table, optionally with a delete button per row and, with
 * `enableEdit`, a field in every cell. With `externalApi` the rows come from the app's external API
 * instead; those are shown only, as they are not the form's data.
 */
export function SimpleTable({ node }: SkjemaComponentProps) {
  const { engine, session } = useFormContext();
  const { readOnly } = useNodeState(node);
  const { title: boundTitle, description } = useFieldTexts(node);
  const { error } = useNodeValidation(node);
  const texts = useTextResolver();
  const config = node.component as SimpleTableConfig;
  const binding = node.bindings.tableData;
  const subscribe = useCallback(
    (onChange: () => void) => subscribeAtBindings(engine.data, [binding], onChange),
    [engine, binding],
  );
  const read = useCallback(() => {
    const rows = binding ? engine.data.get(binding) : undefined;
    return Array.isArray(rows) ? rows : NO_ROWS;
  }, [engine, binding]);
  const modelRows = useSyncExternalStore(subscribe, read, read);
  const external = useExternalRows(config.externalApi, texts.language);
  const rows = external ? (external.status === 'ready' ? external.value : NO_ROWS) : modelRows;
  const columns = config.columns ?? [];
  const title = boundTitle ?? (config.title ? texts.resolve(config.title, { markValues: true }) : undefined);
  const help = useHelp(node, title);
  const titleId = `${node.id}-title`;
  const editable = !external && !readOnly && binding !== undefined;
  const canDelete = config.enableDelete === true && editable;
  const canEdit = config.enableEdit === true && editable;
  const remove = (index: number) => {
    if (!binding) return;
    session.write({ node, binding, value: rows.filter((_, i) => i !== index) });
  };
  return (
    <div id={node.id} className="skjema-field-stack">
      <div className="skjema-table-scroll">
        <Table
          data-size={config.size ?? 'md'}
          zebra={config.zebra === true}
          // With a help button in the caption, the title alone names the table.
          aria-labelledby={title && help.button ? titleId : undefined}
        >
          {title && (
            <caption>
              {help.button ? (
                <>
                  <span className="skjema-heading-row">
                    <span id={titleId}>
                      <Markdown text={title} inline />
                    </span>
                    {help.button}
                  </span>
                  {help.text}
                </>
              ) : (
                <Markdown text={title} inline />
              )}
            </caption>
          )}
          <TableHead>
            <TableRow>
              {columns.map((column, index) => (
                <TableHeaderCell key={index}>{texts.resolve(column.header)}</TableHeaderCell>
              ))}
              {canDelete && <TableHeaderCell>{texts.resolve('general.actions')}</TableHeaderCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => (
              <TableRow key={index}>
                {columns.map((column, c) => (
                  <TableCell key={c} className={canEdit ? 'skjema-simple-table-edit' : undefined}>
                    {canEdit && binding && column.component?.type !== 'link' ? (
                      <EditCell
                        row={{ dataType: binding.dataType, field: `${binding.field}[${index}]` }}
                        rowNumber={index + 1}
                        column={column}
                        name={`${node.id}-${index}-${c}`}
                      />
                    ) : (
                      renderCell(row, column, (key) => texts.resolve(key))
                    )}
                  </TableCell>
                ))}
                {canDelete && (
                  <TableCell>
                    <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(index)}>
                      {texts.resolve('simple_table.delete_row', { params: [index + 1] })}
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {description && (
        <Paragraph data-size="sm">
          <Markdown text={description} inline />
        </Paragraph>
      )}
      {external?.status === 'loading' && <ServiceNotice kind="info" textKey="simple_table.loading" />}
      {external?.status === 'failed' && <ServiceNotice kind="error" textKey="simple_table.load_failed" />}
      {rows.length === 0 && external?.status !== 'loading' && external?.status !== 'failed' && (
        <Paragraph data-size="sm">{texts.resolve('simple_table.no_rows')}</Paragraph>
      )}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </div>
  );
}

type ExternalRows = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; value: unknown[] };

/** The rows at `path` in the external API's result; `undefined` when the table reads the data model. */
function useExternalRows(api: SimpleTableConfig['externalApi'], language: string): ExternalRows | undefined {
  const externalApis: ExternalApiService = useFormServices();
  const apiId = api?.id;
  const load = useCallback(
    () => (apiId ? externalApis.fetchExternalApi(apiId, language) : Promise.resolve(null)),
    [externalApis, apiId, language],
  );
  const { result } = useServiceQuery(load);
  if (!api) return undefined;
  if (result.status !== 'ready') return result;
  const picked = api.path ? getAtPath(result.value, api.path) : result.value;
  return { status: 'ready', value: Array.isArray(picked) ? picked : NO_ROWS };
}

/** Keeps each field in step with the data (and with invalid text the user typed) by itself. */
function useCellText({ dataType, field }: DataBinding): [string, (text: string) => void] {
  const { engine, session } = useFormContext();
  const subscribe = useCallback(
    (onChange: () => void) => subscribeAtBindings(engine.data, [{ dataType, field }], onChange),
    [engine, dataType, field],
  );
  const read = useCallback(() => engine.data.text({ dataType, field }), [engine, dataType, field]);
  const text = useSyncExternalStore(subscribe, read, read);
  const write = useCallback(
    (next: string) => void session.write({ binding: { dataType, field }, text: next }),
    [session, dataType, field],
  );
  return [text, write];
}

interface EditCellProps {
  /** The row in the table data. */
  row: DataBinding;
  rowNumber: number;
  column: Column;
  /** Unique per cell, for the radios of a `radio` column. */
  name: string;
}

/**
 * A field per accessor of the column, named by the column heading and row number, since the
 * heading above is all a sighted user sees of the label.
 */
function EditCell({ row, rowNumber, column, name }: EditCellProps) {
  const texts = useTextResolver();
  const header = texts.resolve(column.header);
  const accessors = column.accessors;
  const labelOf = (part: number) =>
    accessors.length > 1
      ? texts.resolve('simple_table.edit_cell_part', { params: [header, part + 1, rowNumber] })
      : texts.resolve('simple_table.edit_cell', { params: [header, rowNumber] });
  const component = column.component;
  if (component?.type === 'radio' && accessors[0] !== undefined) {
    return (
      <RadioCell
        binding={{ dataType: row.dataType, field: `${row.field}.${accessors[0]}` }}
        label={labelOf(0)}
        options={(component.options ?? []).map((option) => ({
          value: option.value,
          label: texts.resolve(option.label),
        }))}
        name={name}
      />
    );
  }
  return (
    <div className="skjema-simple-table-fields">
      {accessors.map((accessor, part) => (
        <TextCell
          key={accessor}
          binding={{ dataType: row.dataType, field: `${row.field}.${accessor}` }}
          label={labelOf(part)}
          date={component?.type === 'date'}
        />
      ))}
    </div>
  );
}

function TextCell({ binding, label, date }: { binding: DataBinding; label: string; date: boolean }) {
  const [text, write] = useCellText(binding);
  // A date field shows and writes the calendar date part of what is stored.
  const value = date ? (text.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? text) : text;
  return (
    <Input
      type={date ? 'date' : 'text'}
      data-size="sm"
      aria-label={label}
      value={value}
      onChange={(event) => write(event.target.value)}
    />
  );
}

interface RadioCellProps {
  binding: DataBinding;
  label: string;
  options: { value: string; label: string }[];
  name: string;
}

function RadioCell({ binding, label, options, name }: RadioCellProps) {
  const [text, write] = useCellText(binding);
  return (
    <Fieldset data-size="sm">
      <FieldsetLegend className="ds-sr-only">{label}</FieldsetLegend>
      {options.map((option) => (
        <Radio
          key={option.value}
          name={name}
          value={option.value}
          label={option.label}
          checked={text !== '' && text === option.value}
          onChange={() => write(option.value)}
        />
      ))}
    </Fieldset>
  );
}

function valueAt(row: unknown, path: string): string {
  const value = getAtPath(row, path);
  return value === undefined || value === null || typeof value === 'object' ? '' : String(value);
}

function renderCell(row: unknown, column: Column, resolve: (key: string) => string): ReactNode {
  const component = column.component;
  if (component?.type === 'link') {
    const href = valueAt(row, component.hrefPath);
    const text = valueAt(row, component.textPath) || href;
    if (!isSafeUrl(href)) return text;
    return component.openInNewTab ? (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {text}
      </a>
    ) : (
      <a href={href}>{text}</a>
    );
  }
  const text = column.accessors
    .map((path) => valueAt(row, path))
    .filter((part) => part !== '')
    .join(' ');
  if (component?.type === 'date') {
    const date = parseStored(text);
    return date ? formatDate(date, component.format ?? 'dd.MM.yyyy') : text;
  }
  if (component?.type === 'radio') {
    const label = component.options?.find((option) => option.value === text)?.label;
    return label === undefined ? text : resolve(label);
  }
  return text;
}
