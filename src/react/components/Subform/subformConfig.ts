import type { TextResolver } from '../../../core/texts/textResolver.ts';
import type { SubformEntry } from '../../../core/services/subformEntries.ts';
import type { EntryValueReader } from './entryValues.ts';

export interface SubformColumn {
  headerContent: string;
  cellContent: { value?: unknown; query?: string; default?: string };
}

export interface SubformConfig {
  layoutSet?: string;
  tableColumns?: SubformColumn[];
  showAddButton?: boolean;
  showDeleteButton?: boolean;
  /** Expression naming an entry, evaluated against the entry's data. */
  entryDisplayName?: unknown;
  summaryDelimiter?: string;
  /** Text keys or expressions; `tableEditButton` may read the entry's data. */
  textResourceBindings?: Record<string, unknown>;
}

export const DEFAULT_SUMMARY_DELIMITER = ' — ';

export function columnsOf(config: SubformConfig): SubformColumn[] {
  return Array.isArray(config.tableColumns) ? config.tableColumns : [];
}

/**
 * A cell as the user reads it: a `query` result as stored, a `value` (static or evaluated) as a
 * text key, else the column's `default`.
 */
export function cellText(
  entry: SubformEntry,
  column: SubformColumn,
  read: EntryValueReader,
  texts: TextResolver,
): string {
  const { value, query } = column.cellContent ?? {};
  const found = read(entry, value, query);
  if (found !== undefined) return typeof query === 'string' ? found : texts.resolve(found);
  return column.cellContent?.default ? texts.resolve(column.cellContent.default) : '';
}

/**
 * The name an entry goes by in its buttons' accessible names and in summaries: `entryDisplayName`,
 * else its first cell, else "Entry N".
 */
export function entryName(
  config: SubformConfig,
  entry: SubformEntry,
  index: number,
  read: EntryValueReader,
  texts: TextResolver,
): string {
  const named = config.entryDisplayName === undefined ? undefined : read(entry, config.entryDisplayName);
  if (named !== undefined) return texts.resolve(named);
  const columns = columnsOf(config);
  const first = columns.length ? cellText(entry, columns[0], read, texts) : '';
  return first || texts.resolve('subform.entry', { params: [index + 1] });
}
