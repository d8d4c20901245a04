import type { DataBinding, FormData } from '../data/formData.ts';
import { addRow, removeRow } from './rows.ts';

/**
 * The "object list" mode of Checkboxes, MultipleSelect and List: every chosen option is a row of
 * the array `group`, its value in `fields` of the row and, with a `checked` binding, a boolean
 * that says whether the row still counts as chosen (so soft deletion can keep what else the row holds).
 */
export interface RowChoice {
  group: DataBinding;
  /** Field paths inside a row, relative to the row object, keyed by binding name. */
  fields: Readonly<Record<string, string>>;
  /** Field path of the `checked` flag inside a row. */
  checked?: string;
}

/** `soft` keeps an unchosen row with `checked: false`; `hard` (and any choice without `checked`) removes it. */
export type DeletionStrategy = 'soft' | 'hard';

/**
 * The row choice of a node with a `group` binding, or undefined when it stores plain values. The
 * other bindings point into the rows (`Foods.name` with group `Foods`), as the reference writes them.
 */
export function rowChoiceOf(
  bindings: Readonly<Record<string, DataBinding>>,
  valueKeys?: readonly string[],
): RowChoice | undefined {
  const group = bindings.group;
  if (!group) return undefined;
  const fields: Record<string, string> = {};
  for (const [key, binding] of Object.entries(bindings)) {
    if (key === 'group' || key === 'checked') continue;
    if (valueKeys && !valueKeys.includes(key)) continue;
    fields[key] = fieldInRow(group.field, binding.field);
  }
  const checked = bindings.checked ? fieldInRow(group.field, bindings.checked.field) : undefined;
  return { group, fields, checked };
}

/** `Foods[0].name` inside `Foods[0]`… without its indices; any path not under the group is taken as given. */
function fieldInRow(groupField: string, field: string): string {
  const plain = (path: string) => path.replace(/\[\d+\]/g, '');
  const base = plain(groupField);
  const own = plain(field);
  return own.startsWith(`${base}.`) ? own.slice(base.length + 1) : own;
}

function readField(row: unknown, path: string): unknown {
  let current: unknown = row;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function asText(value: unknown): string {
  return value === undefined || value === null || typeof value === 'object' ? '' : String(value);
}

function rowsOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function isChosen(row: unknown, choice: RowChoice): boolean {
  return choice.checked === undefined || readField(row, choice.checked) === true;
}

function matches(row: unknown, choice: RowChoice, values: Readonly<Record<string, string>>): boolean {
  return Object.entries(values).every(
    ([key, value]) => choice.fields[key] === undefined || asText(readField(row, choice.fields[key])) === value,
  );
}

/** The field values (as text) of every chosen row, in row order. */
export function chosenRows(groupValue: unknown, choice: RowChoice): Record<string, string>[] {
  return rowsOf(groupValue)
    .filter((row) => isChosen(row, choice))
    .map((row) =>
      Object.fromEntries(Object.entries(choice.fields).map(([key, path]) => [key, asText(readField(row, path))])),
    );
}

function rowKey(row: unknown, index: number): string {
  const id = row !== null && typeof row === 'object' ? (row as { altinnRowId?: unknown }).altinnRowId : undefined;
  return typeof id === 'string' ? id : `#${index}`;
}

/**
 * Marks the row with these values chosen: a soft-deleted one gets `checked: true` again (keeping
 * its other fields), else a new row with an `altinnRowId` is appended, its values converted to
 * the data model's types.
 */
export function chooseRow(
  data: FormData,
  choice: RowChoice,
  values: Readonly<Record<string, string>>,
  options: { newId?: () => string; extra?: Readonly<Record<string, string>> } = {},
): void {
  const rows = rowsOf(data.get(choice.group));
  const index = rows.findIndex((row) => matches(row, choice, values));
  const prefix = (at: number) => `${choice.group.field}[${at}]`;
  if (index >= 0) {
    if (choice.checked === undefined || isChosen(rows[index], choice)) return;
    data.model(choice.group.dataType).set(`${prefix(index)}.${choice.checked}`, true);
    return;
  }
  addRow((dataType) => data.model(dataType), choice.group, options.newId);
  const at = rows.length;
  // `extra` (the option's label for a `label` binding) is written to a new row but not matched on.
  for (const [key, value] of Object.entries({ ...options.extra, ...values })) {
    const path = choice.fields[key];
    if (path !== undefined) data.setText({ dataType: choice.group.dataType, field: `${prefix(at)}.${path}` }, value);
  }
  if (choice.checked !== undefined) data.model(choice.group.dataType).set(`${prefix(at)}.${choice.checked}`, true);
}

/** Unchooses every chosen row with these values: `checked: false` when soft, else the row goes. */
export function unchooseRow(
  data: FormData,
  choice: RowChoice,
  values: Readonly<Record<string, string>>,
  strategy: DeletionStrategy | undefined,
): void {
  const rows = rowsOf(data.get(choice.group));
  const hits = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => isChosen(row, choice) && matches(row, choice, values));
  if (strategy === 'soft' && choice.checked !== undefined) {
    for (const { index } of hits)
      data.model(choice.group.dataType).set(`${choice.group.field}[${index}].${choice.checked}`, false);
    return;
  }
  // Last first, so a positional key (`#2`, rows without an id) still names the same row.
  for (const key of hits.reverse().map(({ row, index }) => rowKey(row, index)))
    removeRow((dataType) => data.model(dataType), choice.group, key);
}
