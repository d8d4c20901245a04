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
import { useCallback, useSyncExternalStore, type ReactNode } from 'react';
import { getAtPath } from '../../../core/data/path.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { formatDate, parseStored } from '../Datepicker/dates.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

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
  size?: 'sm' | 'md' | 'lg';
}

const NO_ROWS: unknown[] = [];

/** The rows of the `tableData` array as a read-only table, optionally with a delete button per row. */
export function SimpleTable({ node }: SkjemaComponentProps) {
  const { engine } = useFormContext();
  const { readOnly } = useNodeState(node);
  const { title: boundTitle, description } = useFieldTexts(node);
  const { error } = useNodeValidation(node);
  const texts = useTextResolver();
  const config = node.component as SimpleTableConfig;
  const binding = node.bindings.tableData;
  const subscribe = useCallback((onChange: () => void) => engine.data.subscribe(onChange), [engine]);
  const read = useCallback(() => {
    const rows = binding ? engine.data.get(binding) : undefined;
    return Array.isArray(rows) ? rows : NO_ROWS;
  }, [engine, binding]);
  const rows = useSyncExternalStore(subscribe, read, read);
  const columns = config.columns ?? [];
  const title = boundTitle ?? (config.title ? texts.resolve(config.title) : undefined);
  const canDelete = config.enableDelete === true && !readOnly && binding !== undefined;
  const remove = (index: number) => {
    if (!binding) return;
    engine.data.model(binding.dataType).set(
      binding.field,
      rows.filter((_, i) => i !== index),
    );
  };
  return (
    <div id={node.id} className="skjema-field-stack">
      <div className="skjema-table-scroll">
        <Table data-size={config.size ?? 'md'} zebra={config.zebra === true}>
          {title && (
            <caption>
              <Markdown text={title} inline />
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
                  <TableCell key={c}>{renderCell(row, column, (key) => texts.resolve(key))}</TableCell>
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
      {rows.length === 0 && <Paragraph data-size="sm">{texts.resolve('simple_table.no_rows')}</Paragraph>}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </div>
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
    if (!/^(https?:|mailto:|\/)/i.test(href)) return text;
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
