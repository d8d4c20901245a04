import { getAtPath } from '../../../core/data/path.ts';
import { formatDate, parseStored } from '../Datepicker/dates.ts';
import type { ItemEntry, ItemList } from './itemFields.ts';

/** The words a value is shown with where the form's language decides them. */
export interface ValueWords {
  yes: string;
  no: string;
}

/**
 * One entry of a stored row as short plain text, for a table cell: a nested object's values and
 * an array's items are joined with commas, so every row stays one line in the table. An inner
 * item of an array of objects is shown by its name (see `rowName`), else as "Hjelper 2".
 */
export function entryText(entry: ItemEntry, row: unknown, words: ValueWords): string {
  if (entry.kind === 'group') {
    return entry.entries
      .map((inner) => entryText(inner, row, words))
      .filter((text) => text !== '')
      .join(', ');
  }
  const stored = getAtPath(row, entry.key);
  if (stored === undefined || stored === null) return '';
  if (entry.kind === 'items') {
    if (!Array.isArray(stored)) return '';
    return stored.map((inner, index) => innerItemName(entry, inner, index, words)).join(', ');
  }
  if (entry.kind === 'boolean') return stored === true ? words.yes : words.no;
  if (Array.isArray(stored)) return stored.map(String).join(', ');
  if (typeof stored === 'object') return '';
  if (entry.kind === 'date') {
    const date = parseStored(String(stored));
    return date ? formatDate(date, 'dd.MM.yyyy') : String(stored);
  }
  return String(stored);
}

/** What names a row to a screen reader: the first text the row has among its top-level fields. */
export function rowName(entries: readonly ItemEntry[], row: unknown, words: ValueWords): string | undefined {
  for (const entry of entries) {
    if (entry.kind !== 'text' && entry.kind !== 'choice') continue;
    const text = entryText(entry, row, words);
    if (text !== '') return text;
  }
  return undefined;
}

/** What an inner item is called: its first text, else the list's word for an item and its number. */
export function innerItemName(list: ItemList, inner: unknown, index: number, words: ValueWords): string {
  return rowName(list.entries, inner, words) ?? sentenceStart(innerItemNumbered(list, index));
}

/** "hjelper 2": an inner item by its place, as the remove button names it. */
export function innerItemNumbered(list: ItemList, index: number): string {
  return `${list.itemLabel} ${index + 1}`;
}

/** Where the item's name stands alone (a legend, a cell), it starts with a capital, whatever case it has inside a sentence. */
export function sentenceStart(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
