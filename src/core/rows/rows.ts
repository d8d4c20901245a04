import type { DataModelStore } from '../data/store.ts';
import type { DataBinding } from '../layout/types.ts';

type StoreOf = (dataType: string) => DataModelStore;

function itemsAt(store: DataModelStore, field: string): unknown[] {
  const value = store.get(field);
  return Array.isArray(value) ? value : [];
}

/**
 * Appends a new row object to a repeating group's array, with `values` as its fields (AddToList
 * fills a row in one go). Every row carries an `altinnRowId` so the tree, patches and sorting can
 * follow it when other rows come and go. Adds nothing where the stored value is not a list.
 */
export function addRow(
  storeOf: StoreOf,
  binding: DataBinding,
  newId: () => string = () => crypto.randomUUID(),
  values: Readonly<Record<string, unknown>> = {},
): string {
  const store = storeOf(binding.dataType);
  const altinnRowId = newId();
  // Something else than a list stored there (text, an object) is kept: no row is added over it,
  // and the group warns (see validation/dataConflicts.ts).
  if (store.conflictAt(`${binding.field}[0]`)) return altinnRowId;
  // Written as the one new item, so listeners hear of a new row, not of every row changed.
  store.set(`${binding.field}[${itemsAt(store, binding.field).length}]`, { ...values, altinnRowId });
  return altinnRowId;
}

/** Removes the row with this key (`altinnRowId`, or `#<index>` for rows the data gave no id). */
export function removeRow(storeOf: StoreOf, binding: DataBinding, key: string): void {
  const store = storeOf(binding.dataType);
  const items = itemsAt(store, binding.field);
  const index = indexOfRow(items, key);
  if (index < 0) return;
  store.set(
    binding.field,
    items.filter((_, at) => at !== index),
  );
}

function indexOfRow(items: readonly unknown[], key: string): number {
  const byId = items.findIndex(
    (item) => item !== null && typeof item === 'object' && (item as { altinnRowId?: unknown }).altinnRowId === key,
  );
  if (byId >= 0) return byId;
  const positional = /^#(\d+)$/.exec(key);
  return positional ? Number(positional[1]) : -1;
}
