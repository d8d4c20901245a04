import { pathSegments } from './pathSegments.ts';
import type { ExpressionContext } from '../expressions/index.ts';
import type { ChildReference, DataBinding } from '../layout/types.ts';
import type { Cell } from './cell.ts';
import type { DataSubscriber } from './dataIndex.ts';
import type { LayoutNodeImpl, Placement } from './layoutNode.ts';
import type { DataLocation, TreeRuntime } from './runtime.ts';
import { rowPath } from './transpose.ts';
import type { RowNode } from './types.ts';

/** Builds the nodes of one row child; supplied by the tree builder so rows need not know how. */
export type RowChildBuilder = (
  reference: ChildReference,
  owner: LayoutNodeImpl,
  row: RowNodeImpl,
  placement: Placement,
) => LayoutNodeImpl;

export class RowNodeImpl implements RowNode {
  index: number;
  path: string;
  children: LayoutNodeImpl[] = [];
  private hiddenCell: Cell<boolean> | undefined;
  private hostContext: ExpressionContext | undefined;

  constructor(
    private readonly runtime: TreeRuntime,
    readonly owner: LayoutNodeImpl,
    readonly key: string,
    index: number,
    readonly dataType: string,
    arrayPath: string,
  ) {
    this.index = index;
    this.path = rowPath(arrayPath, index);
  }

  get placement(): Placement {
    return {
      rowIndices: [...this.owner.rowIndices, this.index],
      location: { dataType: this.dataType, path: this.path },
    };
  }

  isHidden(): boolean {
    this.hiddenCell ??= this.runtime.cell(
      () => this.computeHidden(),
      () => {
        // The group renders its rows (a table hides hidden rows), so it hears about it too.
        this.runtime.changedNodeIds.add(this.owner.id);
        for (const child of this.children) this.runtime.changedNodeIds.add(child.id);
      },
    );
    return this.hiddenCell.get();
  }

  private computeHidden(): boolean {
    const component = this.owner.component;
    if (component.type === 'Likert') return !withinLikertFilter(component.filter, this.index);
    if (component.hiddenRow === undefined) return false;
    const location: DataLocation = { dataType: this.dataType, path: this.path };
    this.hostContext ??= this.runtime.hostContext({ page: this.owner.page, node: this.owner, location });
    const origin = () => ({
      file: this.runtime.fileOf(this.owner.page),
      pointer: `${this.owner.entry.pointer}/hiddenRow`,
      componentId: this.owner.baseId,
    });
    return this.runtime.evaluate(component.hiddenRow, this.hostContext, 'boolean', false, origin).value;
  }

  moveTo(index: number, arrayPath: string): void {
    this.index = index;
    this.path = rowPath(arrayPath, index);
    this.hostContext = undefined;
    this.hiddenCell?.dispose();
    this.hiddenCell = undefined;
    const placement = this.placement;
    for (const child of this.children) child.relocate(placement);
  }

  dispose(): void {
    this.hiddenCell?.dispose();
    for (const child of this.children) child.dispose();
  }
}

/**
 * Keeps a RepeatingGroup's or Likert's rows in step with its data array. Rows are keyed by
 * `altinnRowId`, so adding or removing one row leaves the other rows' node objects alone (rows
 * that shift index are moved, not rebuilt).
 */
export class RowsController implements DataSubscriber {
  rows: RowNodeImpl[] = [];
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

  /** The transposed array binding: `group` for RepeatingGroup, `questions` for Likert. */
  private get arrayBinding(): DataBinding | undefined {
    return this.owner.bindings[this.owner.type === 'Likert' ? 'questions' : 'group'];
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
    const items = Array.isArray(value) ? value : [];
    const previous = new Map(this.rows.map((row) => [row.key, row]));
    const next: RowNodeImpl[] = [];
    const seen = new Set<string>();
    let changed = items.length !== this.rows.length;
    items.forEach((item, index) => {
      const key = rowKey(item, index, seen);
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
    });
    for (const gone of previous.values()) {
      gone.dispose();
      changed = true;
    }
    this.rows = next;
    if (changed) this.runtime.changedNodeIds.add(this.owner.id);
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
  }
}

function rowKey(item: unknown, index: number, seen: ReadonlySet<string>): string {
  const id = item !== null && typeof item === 'object' ? (item as { altinnRowId?: unknown }).altinnRowId : undefined;
  return typeof id === 'string' && id !== '' && !seen.has(id) ? id : `#${index}`;
}

function withinLikertFilter(filter: unknown, index: number): boolean {
  if (!Array.isArray(filter)) return true;
  let start = 0;
  let stop = Infinity;
  for (const rule of filter) {
    if (rule === null || typeof rule !== 'object') continue;
    const { key, value } = rule as { key?: unknown; value?: unknown };
    const number = Number(value);
    if (!Number.isFinite(number)) continue;
    if (key === 'start') start = number;
    if (key === 'stop') stop = number;
  }
  return index >= start && index < stop;
}
