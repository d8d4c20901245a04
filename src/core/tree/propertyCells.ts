import type { ExpectedType } from '../expressions/index.ts';
import type { Cell } from './cell.ts';
import type { TreeRuntime } from './runtime.ts';

/**
 * The evaluated properties of one node or row, each a cell computed on first read and recomputed
 * only when what it read changes; `onChange` tells the tree whose output moved.
 */
export class PropertyCells {
  // Made on the first read: many nodes never evaluate a property.
  private cells: Map<string, Cell<unknown>> | undefined;

  constructor(
    private readonly runtime: TreeRuntime,
    private readonly onChange: () => void,
  ) {}

  read<V>(property: string, expected: ExpectedType, defaultValue: unknown, compute: () => V): V {
    const key = `${property}\u0000${expected}\u0000${JSON.stringify(defaultValue)}`;
    this.cells ??= new Map();
    let cell = this.cells.get(key) as Cell<V> | undefined;
    if (!cell) {
      cell = this.runtime.cell(compute, this.onChange);
      this.cells.set(key, cell as Cell<unknown>);
    }
    return cell.get();
  }

  dispose(): void {
    if (!this.cells) return;
    for (const cell of this.cells.values()) cell.dispose();
    this.cells = undefined;
  }
}
