import type { ExpectedType, ExpectedTypeMap, ExpressionContext } from '../expressions/index.ts';
import type { Cell } from './cell.ts';
import type { LayoutNodeImpl, Placement } from './layoutNode.ts';
import { PropertyCells } from './propertyCells.ts';
import { propertyPointer, propertyValue } from './propertyPath.ts';
import type { DataLocation, TreeRuntime } from './runtime.ts';
import { rowPath } from './transpose.ts';
import type { RowNode } from './types.ts';

/** One row of a RepeatingGroup or Likert: its data path, its children and its hidden state. */
export class RowNodeImpl implements RowNode {
  index: number;
  path: string;
  children: LayoutNodeImpl[] = [];
  private hiddenCell: Cell<boolean> | undefined;
  /** Made on the first property with a value: most groups evaluate none per row. */
  private cells: PropertyCells | undefined;
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
    // A group without `hiddenRow` (and no row filter of its type) shows every row: no cell to keep per row.
    if (!this.canHide()) return false;
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

  /** Whether the row can be hidden at all (`hiddenRow`, or a row filter of the owner's type). */
  canHide(): boolean {
    return (
      this.owner.component.hiddenRow !== undefined ||
      this.runtime.componentTypes.get(this.owner.type)?.rowHidden !== undefined
    );
  }

  private computeHidden(): boolean {
    const rowHidden = this.runtime.componentTypes.get(this.owner.type)?.rowHidden;
    if (rowHidden) return rowHidden(this.owner.component, this.index);
    return this.evaluateNow('hiddenRow', 'boolean', false);
  }

  evaluate<T extends ExpectedType, D>(property: string, expected: T, defaultValue: D): ExpectedTypeMap[T] | D {
    if (propertyValue(this.owner.component, property) === undefined) return defaultValue;
    // The group draws the row's buttons, so the group is the node that hears about a change.
    this.cells ??= new PropertyCells(this.runtime, () => this.runtime.changedNodeIds.add(this.owner.id));
    return this.cells.read(property, expected, defaultValue, () => this.evaluateNow(property, expected, defaultValue));
  }

  private evaluateNow<T extends ExpectedType, D>(
    property: string,
    expected: T,
    defaultValue: D,
  ): ExpectedTypeMap[T] | D {
    const expression = propertyValue(this.owner.component, property);
    if (expression === undefined) return defaultValue;
    const location: DataLocation = { dataType: this.dataType, path: this.path };
    this.hostContext ??= this.runtime.hostContext({ page: this.owner.page, node: this.owner, location });
    const origin = () => ({
      file: this.runtime.fileOf(this.owner.page),
      pointer: this.owner.entry.pointer + propertyPointer(property),
      componentId: this.owner.baseId,
    });
    return this.runtime.evaluate(expression, this.hostContext, expected, defaultValue, origin).value;
  }

  moveTo(index: number, arrayPath: string): void {
    this.index = index;
    this.path = rowPath(arrayPath, index);
    this.hostContext = undefined;
    this.hiddenCell?.dispose();
    this.hiddenCell = undefined;
    this.cells?.dispose();
    const placement = this.placement;
    for (const child of this.children) child.relocate(placement);
  }

  dispose(): void {
    this.hiddenCell?.dispose();
    this.cells?.dispose();
    for (const child of this.children) child.dispose();
  }
}
