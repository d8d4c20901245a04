import { joinPointer } from '../diagnostics.ts';
import type { ChildPlacement } from '../layout/types.ts';

/** A child id as written in a container, before it is checked against the page. */
export interface RawChildReference {
  readonly id: string;
  /** Pointer relative to the container (`/children/1`, `/rows/0/cells/2/component`). */
  readonly relativePointer: string;
  readonly placement: ChildPlacement;
  readonly multiPageIndex?: number;
}

const MULTI_PAGE_PREFIX = /^(\d+):(.+)$/;

/** The ids in a list of child ids (`children`), optionally with `0:`-style multi-page prefixes. */
export function idList(
  value: unknown,
  at: readonly (string | number)[],
  placement: ChildPlacement,
  allowMultiPage = false,
): RawChildReference[] {
  if (!Array.isArray(value)) return [];
  const references: RawChildReference[] = [];
  value.forEach((entry, index) => {
    if (typeof entry !== 'string') return;
    const multiPage = allowMultiPage ? MULTI_PAGE_PREFIX.exec(entry) : null;
    references.push({
      id: multiPage ? multiPage[2] : entry,
      relativePointer: joinPointer(...at, index),
      placement,
      ...(multiPage ? { multiPageIndex: Number(multiPage[1]) } : {}),
    });
  });
  return references;
}

/** A plain `children` array: the children of every type that says nothing else. */
export function plainChildren(component: Readonly<Record<string, unknown>>): RawChildReference[] {
  return idList(component.children, ['children'], 'static');
}

/** The components named in the cells of grid rows (`rows`, `rowsBefore`, `rowsAfter`). */
export function gridRowReferences(rows: unknown, property: string): RawChildReference[] {
  return objectList(rows).flatMap(({ item: row, index: rowIndex }) =>
    objectList(row.cells).flatMap(({ item: cell, index: cellIndex }) =>
      typeof cell.component === 'string'
        ? [
            {
              id: cell.component,
              relativePointer: joinPointer(property, rowIndex, 'cells', cellIndex, 'component'),
              placement: 'static' as const,
            },
          ]
        : [],
    ),
  );
}

/** The objects of a list, with their index in it; anything else in the list is skipped. */
export function objectList(value: unknown): { item: Record<string, unknown>; index: number }[] {
  if (!Array.isArray(value)) return [];
  const out: { item: Record<string, unknown>; index: number }[] = [];
  value.forEach((item, index) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item))
      out.push({ item: item as Record<string, unknown>, index });
  });
  return out;
}
