import type { ChildReference, DataBinding } from '../layout/types.ts';
import type { DataSubscriber } from './dataIndex.ts';
import type { LayoutNodeImpl, Placement } from './layoutNode.ts';
import { pathSegments } from './pathSegments.ts';
import { RowNodeImpl } from './rowNode.ts';
import type { TreeRuntime } from './runtime.ts';

/** Builds the nodes of one row child; supplied by the tree builder so rows need not know how. */
export type RowChildBuilder = (
  reference: ChildReference,
  owner: LayoutNodeImpl,
  row: RowNodeImpl,
  placement: Placement,
) => LayoutNodeImpl;

/**
 * Keeps a RepeatingGroup's or Likert's rows in step with its data array. Rows are keyed by
 * `altinnRowId`, so adding or removing one row leaves the other rows' node objects alone (rows
 * that shift index are moved, not rebuilt).
 */
export class RowsController implements DataSubscriber {
  rows: RowNodeImpl[] = [];
  /** The array items the rows were last reconciled with, and the rows by key. */
  private items: readonly unknown[] = [];
  private readonly byKey = new Map<string, RowNodeImpl>();
  private subscribed: DataBinding | undefined;
  private disposed = false;

  constructor(
    private readonly runtime: TreeRuntime,
    private readonly owner: LayoutNodeImpl,
    private readonly buildChild: RowChildBuilder,
  ) {}

  /** Nesting level of the owner; outer groups reconcile first. */
  get depth(): number {
    return this.owner.rowIndices.length;
  }

  /** The transposed array binding, as the owner's type names it (`group`; Likert: `questions`). */
  private get arrayBinding(): DataBinding | undefined {
    return this.owner.bindings[this.runtime.rowsBindingKey(this.owner.type)];
  }

  start(): void {
    this.subscribe();
    this.reconcile();
  }

  private subscribe(): void {
    if (this.subscribed) this.runtime.rowsIndex.remove(this.subscribed.dataType, this.subscribed.field, this);
    this.subscribed = this.arrayBinding;
    if (this.subscribed) this.runtime.rowsIndex.add(this.subscribed.dataType, this.subscribed.field, this);
  }

  /** Ignores writes inside a row's fields: only the array itself or row identities matter here. */
  isRelevant(changedPath: string): boolean {
    if (this.disposed || !this.subscribed) return false;
    const depth = pathSegments(this.subscribed.field).length;
    const relative = pathSegments(changedPath).slice(depth);
    return relative.length < 2 || relative[1] === 'altinnRowId';
  }

  onDataChanged(_dataType: string, changedPath: string): void {
    if (this.isRelevant(changedPath)) this.reconcile();
  }

  reconcile(): void {
    if (this.disposed) return;
    const binding = this.arrayBinding;
    const store = binding ? this.runtime.stores[binding.dataType] : undefined;
    const value = binding && store ? store.get(binding.field) : undefined;
    const items: readonly unknown[] = Array.isArray(value) ? value : [];
    const before = this.items;
    this.items = items;
    // A row's key follows from its item and the items before it, so the rows before the first
    // item whose key changed keep their key and place: adding a row to ten thousand, or deleting
    // one near the end, looks at the rows from there on only. An item is a new object after a
    // write inside it (typing in the row), which leaves its key as it was.
    const limit = Math.min(items.length, this.rows.length);
    let start = 0;
    while (start < limit && (items[start] === before[start] || this.keepsKey(items[start], start))) start++;
    if (start === items.length && start === this.rows.length) return;
    this.runtime.rowVisitCount += Math.max(items.length, this.rows.length) - start;
    const previous = new Map<string, RowNodeImpl>();
    for (let index = start; index < this.rows.length; index++) {
      const row = this.rows[index];
      previous.set(row.key, row);
      this.byKey.delete(row.key);
    }
    const next = this.rows.slice(0, start);
    const seen = new Set<string>();
    const taken = (key: string) => seen.has(key) || this.byKey.has(key);
    let changed = items.length !== this.rows.length;
    for (let index = start; index < items.length; index++) {
      const key = rowKey(items[index], index, taken);
      seen.add(key);
      const existing = previous.get(key);
      if (existing) {
        previous.delete(key);
        if (existing.index !== index) {
          existing.moveTo(index, binding!.field);
          changed = true;
        }
        next.push(existing);
      } else {
        next.push(this.expandRow(key, index, binding!));
        changed = true;
      }
    }
    for (const gone of previous.values()) {
      gone.dispose();
      changed = true;
    }
    for (let index = start; index < next.length; index++) this.byKey.set(next[index].key, next[index]);
    this.rows = next;
    if (changed) this.runtime.changedNodeIds.add(this.owner.id);
  }

  /** Whether the item at `index` gets the key its row has, the rows before it kept as they are. */
  private keepsKey(item: unknown, index: number): boolean {
    this.runtime.rowVisitCount++;
    const taken = (key: string) => {
      const owner = this.byKey.get(key);
      return owner !== undefined && owner.index < index;
    };
    return rowKey(item, index, taken) === this.rows[index].key;
  }

  private expandRow(key: string, index: number, binding: DataBinding): RowNodeImpl {
    this.runtime.rowExpansionCount++;
    const row = new RowNodeImpl(this.runtime, this.owner, key, index, binding.dataType, binding.field);
    const placement = row.placement;
    for (const reference of this.owner.entry.children) {
      if (reference.placement === 'row') row.children.push(this.buildChild(reference, this.owner, row, placement));
    }
    return row;
  }

  /** The owner moved (an outer row changed index): follow it without rebuilding rows. */
  relocate(): void {
    this.subscribe();
    const binding = this.arrayBinding;
    for (const row of this.rows) if (binding) row.moveTo(row.index, binding.field);
  }

  dispose(): void {
    this.disposed = true;
    if (this.subscribed) this.runtime.rowsIndex.remove(this.subscribed.dataType, this.subscribed.field, this);
    for (const row of this.rows) row.dispose();
    this.rows = [];
    this.items = [];
    this.byKey.clear();
  }
}

function rowKey(item: unknown, index: number, taken: (key: string) => boolean): string {
  const id = item !== null && typeof item === 'object' ? (item as { altinnRowId?: unknown }).altinnRowId : undefined;
  return typeof id === 'string' && id !== '' && !taken(id) ? id : `#${index}`;
}
