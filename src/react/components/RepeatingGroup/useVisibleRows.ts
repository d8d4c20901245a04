import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import type { RowNode } from '../../../core/tree/index.ts';
import { useFormContext } from '../../context/FormContext.ts';

const NO_ROWS: readonly RowNode[] = [];

/**
 * The group's rows without those `hiddenRow` hides. A row's hidden state changes without the tree
 * reporting the group itself, so this listens to the whole tree and re-renders only when the list
 * of visible row keys changes. While no row is hidden the snapshot is the tree's own row list
 * (a new list only when the rows change), so ten thousand rows are not joined into a key string
 * on every change of the form.
 */
export function useVisibleRows(node: FormNode): RowNode[] {
  const { engine } = useFormContext();
  const subscribe = useCallback((onChange: () => void) => engine.subscribe(onChange), [engine]);
  const read = useCallback((): readonly RowNode[] | string => {
    const rows = node.rows ?? NO_ROWS;
    // A group without `hiddenRow` is not walked row by row on every change of the form.
    if (rows.length === 0 || !rows[0].canHide() || !rows.some((row) => row.isHidden())) return rows;
    return rows
      .filter((row) => !row.isHidden())
      .map((row) => row.key)
      .join('\u0000');
  }, [node]);
  const visible = useSyncExternalStore(subscribe, read, read);
  return useMemo(() => {
    if (typeof visible !== 'string') return [...visible];
    const wanted = new Set(visible === '' ? [] : visible.split('\u0000'));
    return (node.rows ?? []).filter((row) => wanted.has(row.key));
  }, [node, visible]);
}

/** Where a row is among the visible rows: at its own index unless rows before it are hidden. */
export function indexOfRow(rows: readonly RowNode[], row: RowNode): number {
  return rows[row.index] === row ? row.index : rows.findIndex((candidate) => candidate.key === row.key);
}
