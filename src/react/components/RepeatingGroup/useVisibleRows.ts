import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import type { RowNode } from '../../../core/tree/index.ts';
import { useFormContext } from '../../context/FormContext.ts';

/**
 * The group's rows without those `hiddenRow` hides. A row's hidden state changes without the tree
 * reporting the group itself, so this listens to the whole tree and re-renders only when the list
 * of visible row keys changes.
 */
export function useVisibleRows(node: FormNode): RowNode[] {
  const { engine } = useFormContext();
  const subscribe = useCallback((onChange: () => void) => engine.subscribe(onChange), [engine]);
  const read = useCallback(
    () =>
      (node.rows ?? [])
        .filter((row) => !row.isHidden())
        .map((row) => row.key)
        .join('\u0000'),
    [node],
  );
  const keys = useSyncExternalStore(subscribe, read, read);
  return useMemo(() => {
    const wanted = new Set(keys === '' ? [] : keys.split('\u0000'));
    return (node.rows ?? []).filter((row) => wanted.has(row.key));
  }, [node, keys]);
}
