import { convertForSchemaType } from '../../../core/data/convert.ts';
import { getAtPath } from '../../../core/data/path.ts';
import type { ItemEntry, ItemField, ItemGroup, ItemList } from './itemFields.ts';

/**
 * What the dialog's inputs hold, by field key: text, a tick, the ticked choices, or the inner
 * items of an array of objects.
 */
export type ItemValue = string | boolean | readonly string[] | InnerItems;
export type ItemValues = Readonly<Record<string, ItemValue>>;

/** One inner item while the dialog is open: its inputs' values and what it was stored as. */
export interface InnerItem {
  /** Stays with the item while others are added and removed: keys its inputs and their ids. */
  readonly id: string;
  readonly values: ItemValues;
  /** The stored inner item, so properties the dialog has no field for are kept. */
  readonly base: unknown;
}

export interface InnerItems {
  readonly items: readonly InnerItem[];
}

export function isInnerItems(value: ItemValue | undefined): value is InnerItems {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

let innerItemCount = 0;

/** A new inner item, empty unless it is a stored one. */
export function innerItem(base: unknown = {}, values: ItemValues = {}): InnerItem {
  innerItemCount += 1;
  return { id: `i${innerItemCount}`, values, base };
}

/**
 * Where the problems of an inner item's fields are kept, and the middle of their inputs' ids:
 * the list's key, the item's id, the field's key within the item.
 */
export function innerFieldKey(list: ItemList, item: InnerItem, innerKey: string): string {
  return `${list.key}[${item.id}].${innerKey}`;
}

export type ItemProblem = 'required' | 'number';

type Row = Record<string, unknown>;

/** The dialog's values for a stored row, so editing starts from what is there. */
export function valuesFrom(entries: readonly ItemEntry[], row: unknown): Record<string, ItemValue> {
  const values: Record<string, ItemValue> = {};
  for (const entry of entries) {
    if (entry.kind === 'group') {
      Object.assign(values, valuesFrom(entry.entries, row));
      continue;
    }
    const stored = getAtPath(row, entry.key);
    if (entry.kind === 'items') {
      if (Array.isArray(stored)) {
        values[entry.key] = { items: stored.map((inner) => innerItem(inner, valuesFrom(entry.entries, inner))) };
      }
      continue;
    }
    const value = valueOf(entry, stored);
    if (value !== undefined) values[entry.key] = value;
  }
  return values;
}

function valueOf(field: ItemField, stored: unknown): ItemValue | undefined {
  if (field.kind === 'boolean') return stored === true;
  if (field.kind === 'choices') return Array.isArray(stored) ? stored.map(String) : undefined;
  if (field.kind === 'list') return Array.isArray(stored) ? stored.map(String).join('\n') : undefined;
  if (stored === undefined || stored === null || typeof stored === 'object') return undefined;
  // A date input shows the calendar date of a stored date-time.
  if (field.kind === 'date') return String(stored).match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? String(stored);
  return String(stored);
}

/**
 * The typed row to store, or the problem per field that keeps it from being stored, in the order
 * the dialog shows the fields. Editing passes the stored row as `base`: what the dialog has no
 * field for (deeper objects, arrays of objects inside inner items, `altinnRowId`) is kept as it was.
 */
export function rowFrom(
  entries: readonly ItemEntry[],
  values: ItemValues,
  base: unknown = {},
): { row: Row; problems: Record<string, ItemProblem> } {
  const problems: Record<string, ItemProblem> = {};
  const row = fill(entries, values, asRow(base), problems, true);
  return { row, problems };
}

function fill(
  entries: readonly ItemEntry[],
  values: ItemValues,
  base: Row,
  problems: Record<string, ItemProblem>,
  checkRequired: boolean,
): Row {
  const row: Row = { ...base };
  for (const entry of entries) {
    const name = lastSegment(entry.key);
    if (entry.kind === 'group') {
      const stored = asRow(base[name]);
      // An optional object nobody filled in stays away, and its own required fields with it.
      const answered = isAnswered(entry, values) || hasUnknownProperties(entry, stored);
      const nested = fill(entry.entries, values, stored, problems, checkRequired && (entry.required || answered));
      if (answered || entry.required) row[name] = nested;
      else delete row[name];
      continue;
    }
    if (entry.kind === 'items') {
      const value = values[entry.key];
      // Never shown in the dialog (nothing stored, nothing added): whatever is stored stays.
      if (!isInnerItems(value)) continue;
      const items = value.items.map((item) => {
        const found: Record<string, ItemProblem> = {};
        const inner = fill(entry.entries, item.values, asRow(item.base), found, true);
        for (const [key, problem] of Object.entries(found)) problems[innerFieldKey(entry, item, key)] = problem;
        return inner;
      });
      // An empty array says no more than a missing one, unless the schema wants the property there.
      if (items.length > 0 || entry.required) row[name] = items;
      else delete row[name];
      continue;
    }
    const result = typedValue(entry, values[entry.key]);
    if (result.problem === 'number' || (result.problem === 'required' && checkRequired && entry.required)) {
      problems[entry.key] = result.problem;
    }
    if (result.value === undefined) delete row[name];
    else row[name] = result.value;
  }
  return row;
}

function typedValue(field: ItemField, value: ItemValue | undefined): { value?: unknown; problem?: ItemProblem } {
  // An unticked box is an answer (false), so a required boolean is always filled in.
  if (field.kind === 'boolean') return { value: value === true };
  if (field.kind === 'choices') {
    const chosen = Array.isArray(value) ? value : [];
    return chosen.length > 0 ? { value: [...chosen] } : { problem: 'required' };
  }
  const text = typeof value === 'string' ? value : '';
  if (field.kind === 'list') {
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (lines.length === 0) return { problem: 'required' };
    const type = field.itemKind === 'text' ? 'string' : field.itemKind;
    const converted = lines.map((line) => convertForSchemaType(line, type));
    if (converted.some((result) => !result.ok)) return { problem: 'number' };
    return { value: converted.map((result) => (result.ok ? result.value : undefined)) };
  }
  if (text.trim() === '') return { problem: 'required' };
  const converted = convertForSchemaType(
    text,
    field.kind === 'number' || field.kind === 'integer' ? field.kind : 'string',
  );
  return converted.ok ? { value: converted.value } : { problem: 'number' };
}

/** Whether the user gave any value inside the group; an unticked box says nothing. */
function isAnswered(group: ItemGroup, values: ItemValues): boolean {
  return group.entries.some((entry) => {
    if (entry.kind === 'group') return isAnswered(entry, values);
    const value = values[entry.key];
    if (isInnerItems(value)) return value.items.length > 0;
    if (typeof value === 'string') return value.trim() !== '';
    if (Array.isArray(value)) return value.length > 0;
    return value === true;
  });
}

/** Stored data the dialog has no field for, which must not be dropped along with the group. */
function hasUnknownProperties(group: ItemGroup, stored: Row): boolean {
  const known = new Set(group.entries.map((entry) => lastSegment(entry.key)));
  return Object.keys(stored).some((name) => !known.has(name));
}

function lastSegment(key: string): string {
  return key.slice(key.lastIndexOf('.') + 1);
}

function asRow(value: unknown): Row {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : {};
}
