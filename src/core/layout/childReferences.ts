import { joinPointer } from '../diagnostics.ts';
import type { ChildPlacement } from './types.ts';

/** A child id as written in a container, before it is checked against the page. */
export interface RawChildReference {
  readonly id: string;
  /** Pointer relative to the container (`/children/1`, `/rows/0/cells/2/component`). */
  readonly relativePointer: string;
  readonly placement: ChildPlacement;
  readonly multiPageIndex?: number;
}

const MULTI_PAGE_PREFIX = /^(\d+):(.+)$/;

/**
 * Every place a container names a child, per type (§1.6). Types not listed here (and unknown
 * types) fall back to a plain `children` array, so a placeholder still owns its children instead
 * of letting them render loose on the page.
 */
export function childReferencesOf(type: string, component: Readonly<Record<string, unknown>>): RawChildReference[] {
  switch (type) {
    case 'RepeatingGroup':
      return [
        ...idList(component.children, ['children'], 'row', true),
        ...gridRowReferences(component.rowsBefore, 'rowsBefore'),
        ...gridRowReferences(component.rowsAfter, 'rowsAfter'),
      ];
    case 'Grid':
      return gridRowReferences(component.rows, 'rows');
    case 'Tabs':
      return objectList(component.tabs).flatMap(({ item, index }) =>
        idList(item.children, ['tabs', index, 'children'], 'static'),
      );
    case 'Cards':
      return objectList(component.cards).flatMap(({ item, index }) => [
        ...(typeof item.media === 'string'
          ? [{ id: item.media, relativePointer: joinPointer('cards', index, 'media'), placement: 'static' as const }]
          : []),
        ...idList(item.children, ['cards', index, 'children'], 'static'),
      ]);
    case 'Likert':
      return [];
    default:
      return idList(component.children, ['children'], 'static');
  }
}

function idList(
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

function gridRowReferences(rows: unknown, property: string): RawChildReference[] {
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

function objectList(value: unknown): { item: Record<string, unknown>; index: number }[] {
  if (!Array.isArray(value)) return [];
  const out: { item: Record<string, unknown>; index: number }[] = [];
  value.forEach((item, index) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item))
      out.push({ item: item as Record<string, unknown>, index });
  });
  return out;
}
