import type { CSSProperties } from 'react';

/** `width`, `alignText`, `textOverflow` of a table column or Grid cell (ITableColumnProperties). */
export interface ColumnOptions {
  width?: string;
  alignText?: 'left' | 'center' | 'right';
  textOverflow?: { lineWrap?: boolean; maxHeight?: number };
  hidden?: unknown;
}

export type GridCell =
  | null
  | (ColumnOptions & { component: string; columnOptions?: ColumnOptions })
  | (ColumnOptions & { text: string; help?: string; columnOptions?: ColumnOptions })
  | (ColumnOptions & { labelFrom: string; columnOptions?: ColumnOptions });

export interface GridRow {
  header?: boolean;
  readOnly?: boolean;
  columnOptions?: ColumnOptions;
  cells: GridCell[];
}

/** The rows as written, dropping malformed ones so a typo in one row does not break the table. */
export function gridRowsOf(value: unknown): GridRow[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (row): row is GridRow => row !== null && typeof row === 'object' && Array.isArray((row as GridRow).cells),
  );
}

/** A cell's own options win over its row's (like the reference frontend). */
export function cellOptions(row: GridRow, cell: GridCell): ColumnOptions {
  if (cell === null) return row.columnOptions ?? {};
  const own: ColumnOptions = {
    width: cell.width,
    alignText: cell.alignText,
    textOverflow: cell.textOverflow,
  };
  return { ...row.columnOptions, ...cell.columnOptions, ...stripUndefined(own) };
}

function stripUndefined(options: ColumnOptions): ColumnOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

export function columnStyle(options: ColumnOptions): CSSProperties {
  const style: CSSProperties = {};
  if (options.width && options.width !== 'auto') style.width = options.width;
  if (options.alignText) style.textAlign = options.alignText;
  if (options.textOverflow?.lineWrap === false) style.whiteSpace = 'nowrap';
  return style;
}

/** Clamps a cell to `maxHeight` lines when the column asks for it. */
export function clampStyle(options: ColumnOptions): CSSProperties | undefined {
  const lines = options.textOverflow?.maxHeight;
  if (typeof lines !== 'number' || lines <= 0 || options.textOverflow?.lineWrap === false) return undefined;
  return { WebkitLineClamp: lines, display: '-webkit-box', WebkitBoxOrient: 'vertical', overflow: 'hidden' };
}
