import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { addRow, removeRow } from '../../../core/rows/index.ts';
import type { RowNode } from '../../../core/tree/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import type { RepeatingGroupConfig } from './config.ts';
import { indexOfRow } from './useVisibleRows.ts';

type FocusTarget =
  | { kind: 'row-field'; key: string }
  | { kind: 'row-action'; key: string }
  | { kind: 'after-delete'; previous?: string };

export interface RowEditing {
  /** The row open for editing (table modes). */
  editingKey: string | undefined;
  setEditingKey(key: string | undefined): void;
  /** Inner page of the open row when `edit.multiPage` is on. */
  innerPage: number;
  setInnerPage(page: number): void;
  /** Current table page (0-based) when paginated. */
  page: number;
  setPage(page: number): void;
  add(): void;
  remove(row: RowNode): void;
  /** Closes the open row and puts focus back on its edit button. */
  close(): void;
  /** Opens a row and focuses its first field. */
  open(key: string): void;
}

const FIELD = 'input:not([type="hidden"]), select, textarea, [role="combobox"]';
const FOCUSABLE = `${FIELD}, button:not([disabled]), a[href], [tabindex="0"]`;

/**
 * Which row is open, the table page, and adding/removing rows with focus moved where the user
 * expects it: into the new row after adding, to the add button (or the previous row) after deleting.
 */
export function useRowEditing(
  node: FormNode,
  config: RepeatingGroupConfig,
  rows: readonly RowNode[],
  container: RefObject<HTMLElement | null>,
): RowEditing {
  const { session, validator, pendingFocus: formFocus } = useFormContext();
  const [editingKey, setEditingKey] = useState<string | undefined>(undefined);
  const [innerPage, setInnerPage] = useState(0);
  const [page, setPage] = useState(0);
  // A ref, not state: the focus move waits for the render that shows its target, and needs none of its own.
  const pendingFocus = useRef<FocusTarget | undefined>(undefined);
  const setFocus = (target: FocusTarget) => {
    pendingFocus.current = target;
  };
  const binding = node.bindings.group;
  const pageOfIndex = useCallback(
    (index: number) => (config.rowsPerPage ? Math.floor(index / config.rowsPerPage) : 0),
    [config.rowsPerPage],
  );

  const openRow = useCallback(
    (key: string, moveFocus: boolean) => {
      const index = rows.findIndex((row) => row.key === key);
      if (index >= 0) setPage(pageOfIndex(index));
      setEditingKey(key);
      setInnerPage(0);
      if (moveFocus) setFocus({ kind: 'row-field', key });
    },
    [rows, pageOfIndex],
  );

  const addAndOpen = useCallback(
    (moveFocus: boolean) => {
      if (!binding || rows.length >= config.maxCount) return;
      let key: string | undefined;
      session.write({ node, edit: (data) => void (key = addRow((dataType) => data.model(dataType), binding)) });
      if (key === undefined) return;
      setPage(pageOfIndex(rows.length));
      setEditingKey(key);
      setInnerPage(0);
      if (moveFocus) setFocus({ kind: 'row-field', key });
    },
    [binding, rows.length, config.maxCount, session, node, pageOfIndex],
  );

  /** Saving a row checks it first (the group's `validateOnSaveRow`); errors keep it open. */
  const saveOpenRow = useCallback((): boolean => {
    if (!editingKey) return true;
    const index = rows.findIndex((row) => row.key === editingKey);
    if (index < 0) return true;
    const outcome = validator.validateRow(node.id, rows[index].index);
    if (outcome.ok) return true;
    setFocus({ kind: 'row-field', key: editingKey });
    return false;
  }, [editingKey, rows, validator, node.id]);

  const open = useCallback(
    (key: string) => {
      if (key !== editingKey && !saveOpenRow()) return;
      openRow(key, true);
    },
    [openRow, editingKey, saveOpenRow],
  );
  const add = useCallback(() => addAndOpen(true), [addAndOpen]);

  const remove = useCallback(
    (row: RowNode) => {
      if (!binding) return;
      const index = indexOfRow(rows, row);
      const previous = index > 0 ? rows[index - 1].key : rows[index + 1]?.key;
      session.write({ node, edit: (data) => removeRow((dataType) => data.model(dataType), binding, row.key) });
      if (editingKey === row.key) setEditingKey(undefined);
      const remaining = rows.length - 1;
      if (config.rowsPerPage && page * config.rowsPerPage >= remaining) setPage(Math.max(0, page - 1));
      setFocus({ kind: 'after-delete', previous });
    },
    [binding, rows, session, node, editingKey, config.rowsPerPage, page],
  );

  const close = useCallback(() => {
    if (!saveOpenRow()) return;
    if (editingKey) setFocus({ kind: 'row-action', key: editingKey });
    setEditingKey(undefined);
  }, [editingKey, saveOpenRow]);

  // The error report (or a link) wants a field that sits in a closed row: open that row, and the
  // form moves focus to the field once it is rendered. Done while rendering (React's pattern for
  // reacting to a changed value), so the row opens in the same pass.
  const [handledFocus, setHandledFocus] = useState<string | undefined>(undefined);
  if (formFocus !== handledFocus) {
    setHandledFocus(formFocus);
    const row = formFocus
      ? rows.find((candidate) => candidate.children.some((child) => containsNode(child, formFocus)))
      : undefined;
    if (row && row.key !== editingKey) {
      setPage(pageOfIndex(rows.indexOf(row)));
      setEditingKey(row.key);
      setInnerPage(0);
    }
  }

  // Opening on page load must not pull focus away from the top of the page.
  useOpenByDefault(config, rows, addAndOpen, openRow);

  useLayoutEffect(() => {
    const wanted = pendingFocus.current;
    if (!wanted || !container.current) return;
    const target = focusTarget(container.current, wanted);
    if (!target) return;
    target.focus();
    pendingFocus.current = undefined;
  });

  return { editingKey, setEditingKey, innerPage, setInnerPage, page, setPage, add, remove, close, open };
}

function containsNode(node: FormNode, id: string): boolean {
  return (
    node.id === id ||
    node.children.some((child) => containsNode(child, id)) ||
    (node.rows ?? []).some((row) => row.children.some((child) => containsNode(child, id)))
  );
}

function focusTarget(root: HTMLElement, focus: FocusTarget): HTMLElement | null {
  const inRow = (key: string, selector: string) =>
    root.querySelector<HTMLElement>(`[data-row-editor="${CSS.escape(key)}"] :is(${selector})`) ??
    root.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(key)}"] :is(${selector})`);
  switch (focus.kind) {
    case 'row-field':
      return inRow(focus.key, FIELD) ?? inRow(focus.key, FOCUSABLE);
    case 'row-action':
      return root.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(focus.key)}"] [data-row-action="edit"]`);
    case 'after-delete':
      return (
        root.querySelector<HTMLElement>('[data-group-action="add"]:not([disabled])') ??
        (focus.previous
          ? root.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(focus.previous)}"] [data-row-action]`)
          : null) ??
        root.querySelector<HTMLElement>('[data-group-heading]')
      );
  }
}

/** `edit.openByDefault`: add a first row to an empty group, or open the first/last row, once. */
function useOpenByDefault(
  config: RepeatingGroupConfig,
  rows: readonly RowNode[],
  add: (moveFocus: boolean) => void,
  open: (key: string, moveFocus: boolean) => void,
) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || config.openByDefault === false) return;
    done.current = true;
    if (rows.length === 0) {
      add(false);
      return;
    }
    if (config.mode === 'showAll' || config.mode === 'onlyTable') return;
    if (config.openByDefault === 'first') open(rows[0].key, false);
    if (config.openByDefault === 'last') open(rows[rows.length - 1].key, false);
  }, [config.openByDefault, config.mode, rows, add, open]);
}
