import { useCallback, useSyncExternalStore } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useNodeVersion } from '../../hooks/useNodeVersion.ts';

/**
 * What a row's field shows in the table: its display value (option label, formatted number…).
 * It re-renders when the row's data changes, not on every keystroke elsewhere in the form.
 */
export function CellValue({ node }: { node: FormNode }) {
  const { engine } = useFormContext();
  useNodeVersion(node);
  const row = node.row;
  // Every cell of a big table listens, at its row's path: a write elsewhere does not reach it. A row
  // moves when rows before it are deleted; the write that moves it reaches it, the cell re-renders
  // (its node's id changes with it) and listens at the new path.
  const rowPath = row?.path;
  const subscribe = useCallback(
    (onChange: () => void) =>
      row && rowPath !== undefined ? engine.data.model(row.dataType).subscribeAt(rowPath, onChange) : () => {},
    [engine, row, rowPath],
  );
  const read = useCallback(() => (row ? engine.data.model(row.dataType).get(row.path) : undefined), [engine, row]);
  useSyncExternalStore(subscribe, read, read);
  return <>{node.isHidden() ? '' : (node.displayValue() ?? '')}</>;
}
