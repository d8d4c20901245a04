import type { ExpectedType, ExpectedTypeMap, ExpressionContext } from '../expressions/index.ts';
import type { ComponentEntry, DataBinding, NormalizedComponent } from '../layout/types.ts';
import type { Cell } from './cell.ts';
import { displayValueOf, displayValuePartsOf } from './displayValue.ts';
import { PropertyCells } from './propertyCells.ts';
import { propertyPointer, propertyValue } from './propertyPath.ts';
import type { RowNodeImpl } from './rowNode.ts';
import type { RowsController } from './rowsController.ts';
import type { DataLocation, TreeRuntime } from './runtime.ts';
import { transposeField } from './transpose.ts';
import type { LayoutNode } from './types.ts';

/** Where a node sits: the rows around it decide its id, its bindings and its data context. */
export interface Placement {
  readonly rowIndices: readonly number[];
  readonly location?: DataLocation;
}

export class LayoutNodeImpl implements LayoutNode {
  id = '';
  rowIndices: readonly number[] = [];
  bindings: Readonly<Record<string, DataBinding>> = {};
  location: DataLocation | undefined;
  readonly children: LayoutNodeImpl[] = [];
  rowsController: RowsController | undefined;
  /** Made on the first property with a value: most of a big group's row fields evaluate none. */
  private cells: PropertyCells | undefined;
  private hiddenCell: Cell<boolean> | undefined;
  private hostContext: ExpressionContext | undefined;

  constructor(
    private readonly runtime: TreeRuntime,
    readonly entry: ComponentEntry,
    readonly parent: LayoutNodeImpl | undefined,
    readonly row: RowNodeImpl | undefined,
    placement: Placement,
    readonly multiPageIndex: number | undefined,
  ) {
    this.place(placement);
  }

  get baseId(): string {
    return this.entry.component.id;
  }
  get type(): string {
    return this.entry.component.type;
  }
  get page(): string {
    return this.entry.page;
  }
  get component(): Readonly<NormalizedComponent> {
    return this.entry.component;
  }
  get known(): boolean {
    return this.entry.known;
  }
  get rows(): readonly RowNodeImpl[] | undefined {
    return this.rowsController?.rows;
  }

  /** (Re)computes id, bindings and data context; used on creation and when a row moves to another index. */
  place(placement: Placement): void {
    const previousId = this.id;
    if (previousId && this.runtime.nodes.get(previousId) === this) this.runtime.nodes.delete(previousId);
    this.rowIndices = placement.rowIndices;
    this.location = placement.location;
    let id = this.baseId;
    for (const index of placement.rowIndices) id += `-${index}`;
    this.id = id;
    if (previousId && previousId !== this.id) {
      // Listeners keyed by id must hear about both the id that went away and the one that arrived.
      this.runtime.changedNodeIds.add(previousId);
      this.runtime.changedNodeIds.add(this.id);
    }
    this.bindings = transposeBindings(this.entry.component.dataModelBindings, placement.location);
    this.hostContext = undefined;
    this.runtime.nodes.set(this.id, this);
    this.resetCells();
  }

  isHidden(): boolean {
    // A node with no `hidden` of its own, in no row that can hide, is hidden exactly when its
    // parent (or page) is: it reads theirs instead of keeping a cell (50,000 row fields, 50,000
    // cells less), and the cell that does change announces it (`announceFollowers`).
    if (this.followsParentHidden()) {
      return this.parent ? this.parent.isHidden() : (this.runtime.pages.get(this.page)?.isHidden() ?? false);
    }
    this.hiddenCell ??= this.runtime.cell(
      () => this.computeHidden(),
      () => {
        this.runtime.changedNodeIds.add(this.id);
        announceFollowers(this.children, this.rows, this.runtime.changedNodeIds);
      },
    );
    return this.hiddenCell.get();
  }

  /** Whether the node's hidden state is its parent's (or page's): nothing of its own or its row's can hide it. */
  followsParentHidden(): boolean {
    return propertyValue(this.entry.component, 'hidden') === undefined && !this.row?.canHide();
  }

  private computeHidden(): boolean {
    if (this.parent ? this.parent.isHidden() : this.runtime.pages.get(this.page)?.isHidden()) return true;
    if (this.row?.isHidden()) return true;
    return this.evaluate('hidden', 'boolean', false);
  }

  evaluate<T extends ExpectedType, D>(property: string, expected: T, defaultValue: D): ExpectedTypeMap[T] | D {
    // Most properties of most nodes are absent: their default needs no cell (50,000 nodes each read a few).
    if (propertyValue(this.entry.component, property) === undefined) return defaultValue;
    this.cells ??= new PropertyCells(this.runtime, () => this.runtime.changedNodeIds.add(this.id));
    return this.cells.read(property, expected, defaultValue, () => this.evaluateNow(property, expected, defaultValue));
  }

  private evaluateNow<T extends ExpectedType, D>(
    property: string,
    expected: T,
    defaultValue: D,
  ): ExpectedTypeMap[T] | D {
    const expression = propertyValue(this.entry.component, property);
    if (expression === undefined) return defaultValue;
    this.hostContext ??= this.runtime.hostContext({ page: this.page, node: this, location: this.location });
    const origin = () => ({
      file: this.runtime.fileOf(this.page),
      pointer: this.entry.pointer + propertyPointer(property),
      componentId: this.baseId,
    });
    return this.runtime.evaluate(expression, this.hostContext, expected, defaultValue, origin).value;
  }

  displayValue(): string | null {
    return displayValueOf(this, this.runtime);
  }

  displayValueParts(): string[] | null {
    return displayValuePartsOf(this, this.runtime);
  }

  /** Cached values depend on the node's place, so a move or disposal drops them (readers are told). */
  resetCells(): void {
    this.cells?.dispose();
    this.hiddenCell?.dispose();
    this.hiddenCell = undefined;
  }

  dispose(): void {
    this.resetCells();
    if (this.runtime.nodes.get(this.id) === this) this.runtime.nodes.delete(this.id);
    this.runtime.changedNodeIds.add(this.id);
    for (const child of this.children) child.dispose();
    this.rowsController?.dispose();
  }

  /** Moves this node and everything below it to a new row placement. */
  relocate(placement: Placement): void {
    this.place(placement);
    for (const child of this.children) child.relocate(placement);
    this.rowsController?.relocate();
  }
}

/**
 * Tells about the nodes below a changed hidden state that follow it without a cell of their own;
 * a node with its own cell hears the change through that cell and tells about its followers itself.
 */
export function announceFollowers(
  children: readonly LayoutNodeImpl[],
  rows: readonly RowNodeImpl[] | undefined,
  changed: Set<string>,
): void {
  for (const child of children) announceFollower(child, changed);
  if (rows) for (const row of rows) for (const child of row.children) announceFollower(child, changed);
}

function announceFollower(node: LayoutNodeImpl, changed: Set<string>): void {
  if (!node.followsParentHidden()) return;
  changed.add(node.id);
  announceFollowers(node.children, node.rows, changed);
}

function transposeBindings(
  bindings: Readonly<Record<string, DataBinding>> | undefined,
  location: DataLocation | undefined,
): Readonly<Record<string, DataBinding>> {
  if (!bindings) return {};
  if (!location) return bindings;
  const out: Record<string, DataBinding> = {};
  for (const key in bindings) {
    const binding = bindings[key];
    out[key] =
      binding.dataType === location.dataType
        ? { dataType: binding.dataType, field: transposeField(binding.field, location.path) }
        : binding;
  }
  return out;
}
