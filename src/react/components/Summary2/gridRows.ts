import type { FormNode } from '../../../core/form/index.ts';
import { gridRowsOf, type GridCell, type GridRow } from '../Grid/gridConfig.ts';

/** The component a Grid cell names, if it names one. */
export function cellComponent(cell: GridCell): string | undefined {
  return cell !== null && typeof cell === 'object' && 'component' in cell && typeof cell.component === 'string'
    ? cell.component
    : undefined;
}

/** The Grid's child a cell names by its layout id; inside a repeating group the tree has indexed it. */
export function gridChild(grid: FormNode, baseId: string): FormNode | undefined {
  return grid.children.find((child) => child.baseId === baseId);
}

/**
 * Whether a row is empty for the `hideEmptyRows` override: it holds components, and all of them
 * are hidden or without a value. Rows of only texts are not empty, as in the reference.
 */
export function isEmptyGridRow(grid: FormNode, row: GridRow): boolean {
  const children = row.cells
    .map(cellComponent)
    .filter((id): id is string => id !== undefined)
    .map((id) => gridChild(grid, id))
    .filter((child): child is FormNode => child !== undefined);
  if (children.length === 0) return false;
  return children.every((child) => child.isHidden() || (child.displayValue() ?? '') === '');
}

/** The (indexed) ids of the components in a Grid's empty rows. */
export function emptyGridRowComponents(grid: FormNode): string[] {
  return gridRowsOf(grid.component.rows)
    .filter((row) => isEmptyGridRow(grid, row))
    .flatMap((row) => row.cells.map(cellComponent))
    .filter((id): id is string => id !== undefined)
    .map((id) => gridChild(grid, id)?.id ?? id);
}
