import type { FormNode } from '../../../core/form/index.ts';
import type { RowNode } from '../../../core/tree/index.ts';
import type { ColumnOptions, GridRow } from '../Grid/gridConfig.ts';
import { gridRowsOf } from '../Grid/gridConfig.ts';

export type EditMode = 'hideTable' | 'showTable' | 'showAll' | 'onlyTable';

export interface ColumnSettings extends ColumnOptions {
  editInTable?: boolean;
  showInExpandedEdit?: boolean;
}

export interface AddButtonSettings {
  size?: 'sm' | 'md' | 'lg';
  textAlign?: 'left' | 'center' | 'right';
  fullWidth?: boolean;
  position?: 'left' | 'center' | 'right';
}

interface RawConfig {
  edit?: {
    mode?: EditMode;
    multiPage?: boolean;
    openByDefault?: boolean | 'first' | 'last';
    alwaysShowAddButton?: boolean;
    buttonLayout?: 'horizontal' | 'vertical';
  };
  pagination?: { rowsPerPage?: number };
  maxCount?: number;
  minCount?: number;
  tableHeaders?: string[];
  tableColumns?: Record<string, ColumnSettings>;
  stickyHeader?: boolean;
  addButton?: AddButtonSettings;
  rowsBefore?: unknown;
  rowsAfter?: unknown;
}

export interface RepeatingGroupConfig {
  mode: EditMode;
  multiPage: boolean;
  openByDefault: boolean | 'first' | 'last';
  alwaysShowAddButton: boolean;
  buttonLayout: 'horizontal' | 'vertical';
  rowsPerPage: number | undefined;
  maxCount: number;
  minCount: number;
  tableHeaders: readonly string[] | undefined;
  tableColumns: Readonly<Record<string, ColumnSettings>>;
  stickyHeader: boolean;
  addButton: AddButtonSettings;
  rowsBefore: GridRow[];
  rowsAfter: GridRow[];
}

const MODES: readonly EditMode[] = ['hideTable', 'showTable', 'showAll', 'onlyTable'];

// One object for every group without settings, so table rows can tell that nothing changed.
const NO_COLUMN_SETTINGS: Readonly<Record<string, ColumnSettings>> = Object.freeze({});

export function repeatingGroupConfig(node: FormNode): RepeatingGroupConfig {
  const raw = node.component as RawConfig;
  const edit = raw.edit ?? {};
  const rowsPerPage = raw.pagination?.rowsPerPage;
  return {
    mode: edit.mode && MODES.includes(edit.mode) ? edit.mode : 'showTable',
    multiPage: edit.multiPage === true,
    openByDefault: edit.openByDefault ?? false,
    alwaysShowAddButton: edit.alwaysShowAddButton === true,
    buttonLayout: edit.buttonLayout === 'vertical' ? 'vertical' : 'horizontal',
    rowsPerPage: typeof rowsPerPage === 'number' && rowsPerPage > 0 ? Math.floor(rowsPerPage) : undefined,
    maxCount: typeof raw.maxCount === 'number' && raw.maxCount > 0 ? raw.maxCount : Infinity,
    minCount: typeof raw.minCount === 'number' && raw.minCount > 0 ? raw.minCount : 0,
    tableHeaders: Array.isArray(raw.tableHeaders) ? raw.tableHeaders : undefined,
    tableColumns: raw.tableColumns ?? NO_COLUMN_SETTINGS,
    stickyHeader: raw.stickyHeader === true,
    addButton: raw.addButton ?? {},
    rowsBefore: gridRowsOf(raw.rowsBefore),
    rowsAfter: gridRowsOf(raw.rowsAfter),
  };
}

/** Expression flags of `edit` (addButton…), evaluated for the group. */
export function editFlag(node: FormNode, flag: string, fallback: boolean): boolean {
  return node.evaluate(`edit.${flag}`, 'boolean', fallback) === true;
}

/**
 * Per-row expression flags of `edit` (deleteButton, editButton, saveButton, saveAndNextButton,
 * alertOnDelete): the reference evaluates them in the row, so they may read the row's own fields.
 */
export function rowEditFlag(row: RowNode, flag: string, fallback: boolean): boolean {
  return row.evaluate(`edit.${flag}`, 'boolean', fallback) === true;
}

/** Layout ids of the table's columns: `tableHeaders`, or every child; hidden columns left out. */
export function tableColumnIds(node: FormNode, config: RepeatingGroupConfig): string[] {
  const children = (node.component.children as unknown[] | undefined) ?? [];
  const all = children
    .filter((child): child is string => typeof child === 'string')
    .map((child) => child.replace(/^\d+:/, ''));
  const ids = config.tableHeaders ?? all;
  return ids.filter((id) => node.evaluate(`tableColumns.${id}.hidden`, 'boolean', false) !== true);
}

/** The row's child for a layout id. */
export function rowChild(children: readonly FormNode[], baseId: string): FormNode | undefined {
  return children.find((child) => child.baseId === baseId);
}
