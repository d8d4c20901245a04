import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { getAtPath } from '../../../core/data/path.ts';
import { useFormServices, type SubformEntry } from '../../context/FormServices.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

interface SubformColumn {
  headerContent: string;
  cellContent: { value?: unknown; query?: string; default?: string };
}

interface SubformConfig {
  layoutSet?: string;
  tableColumns?: SubformColumn[];
  showAddButton?: boolean;
  showDeleteButton?: boolean;
}

/**
 * The entries of a subform (data elements of another layout set) as a table with add, edit and
 * delete. Editing an entry needs the subform's own layout set, which is not rendered here yet: the
 * edit button says so instead of navigating.
 */
export function Subform({ node }: SkjemaComponentProps) {
  const { readOnly } = useNodeState(node);
  const { title, description } = useFieldTexts(node);
  const { error } = useNodeValidation(node);
  const addText = useNodeText(node, 'addButton');
  const editText = useNodeText(node, 'tableEditButton');
  const texts = useTextResolver();
  const services = useFormServices();
  const config = node.component as SubformConfig;
  const layoutSet = config.layoutSet ?? '';
  const [entries, setEntries] = useState<SubformEntry[]>([]);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    services.listSubformEntries(layoutSet).then(
      (listed) => current && setEntries(listed),
      () => current && setNotice(texts.resolve('general.error_message')),
    );
    return () => {
      current = false;
    };
  }, [services, layoutSet, texts]);
  const columns = config.tableColumns ?? [];
  const nameOf = (entry: SubformEntry, index: number) => {
    const first = columns.length ? cellText(entry, columns[0], texts.resolve) : '';
    return first || texts.resolve('subform.entry', { params: [index + 1] });
  };
  const add = () =>
    services.addSubformEntry(layoutSet).then(
      (entry) => setEntries((previous) => [...previous, entry]),
      () => setNotice(texts.resolve('general.error_message')),
    );
  const remove = (id: string) =>
    services.deleteSubformEntry(layoutSet, id).then(
      () => setEntries((previous) => previous.filter((entry) => entry.id !== id)),
      () => setNotice(texts.resolve('general.error_message')),
    );
  const canDelete = config.showDeleteButton !== false && !readOnly;
  return (
    <div id={node.id} className="skjema-field-stack">
      <div className="skjema-table-scroll">
        <Table data-size="sm">
          <caption>
            <Markdown text={title ?? node.baseId} inline />
          </caption>
          <TableHead>
            <TableRow>
              {columns.map((column, index) => (
                <TableHeaderCell key={index}>{texts.resolve(column.headerContent)}</TableHeaderCell>
              ))}
              {!readOnly && <TableHeaderCell>{texts.resolve('general.actions')}</TableHeaderCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map((entry, index) => {
              const name = nameOf(entry, index);
              return (
                <TableRow key={entry.id}>
                  {columns.map((column, c) => (
                    <TableCell key={c}>{cellText(entry, column, texts.resolve)}</TableCell>
                  ))}
                  {!readOnly && (
                    <TableCell>
                      <Button
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        aria-label={texts.resolve('subform.edit_entry', { params: [name] })}
                        onClick={() => setNotice(texts.resolve('subform.edit_unavailable'))}
                      >
                        {editText ?? texts.resolve('general.edit')}
                      </Button>
                      {canDelete && (
                        <Button
                          type="button"
                          variant="tertiary"
                          data-size="sm"
                          data-color="danger"
                          aria-label={texts.resolve('subform.delete_entry', { params: [name] })}
                          onClick={() => void remove(entry.id)}
                        >
                          {texts.resolve('general.delete')}
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      {description && (
        <Paragraph data-size="sm">
          <Markdown text={description} inline />
        </Paragraph>
      )}
      {entries.length === 0 && <Paragraph data-size="sm">{texts.resolve('subform.no_entries')}</Paragraph>}
      <div role="status">{notice && <Paragraph data-size="sm">{notice}</Paragraph>}</div>
      {config.showAddButton !== false && !readOnly && (
        <div>
          <Button type="button" variant="secondary" onClick={() => void add()}>
            {texts.resolve('general.add')}
            {addText ? ` ${addText}` : ''}
          </Button>
        </div>
      )}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </div>
  );
}

/**
 * A cell: `query` or a `["dataModel", path]` value read from the entry's data, another string value
 * as a text key, else `default`. Other expressions need the entry's own form and show `default`.
 */
function cellText(entry: SubformEntry, column: SubformColumn, resolve: (key: string) => string): string {
  const { value, query } = column.cellContent;
  const fallback = column.cellContent.default ? resolve(column.cellContent.default) : '';
  const path =
    typeof query === 'string'
      ? query
      : Array.isArray(value) && value[0] === 'dataModel' && typeof value[1] === 'string'
        ? value[1]
        : undefined;
  if (path !== undefined) {
    const found = getAtPath(entry.data, path);
    return found === undefined || found === null || typeof found === 'object' ? fallback : String(found);
  }
  if (typeof value === 'string' && value !== '') return resolve(value);
  return fallback;
}
