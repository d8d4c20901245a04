import { useCallback, useSyncExternalStore } from 'react';
import { isPathWithin } from '../../../core/data/path.ts';
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
  // Every cell of a big table listens: a write elsewhere must cost a string comparison, not a read.
  // The row's path is read at each write, as the row moves when rows before it are deleted.
  const subscribe = useCallback(
    (onChange: () => void) =>
      row
        ? engine.data.model(row.dataType).subscribe((path) => {
            if (isPathWithin(path, row.path) || isPathWithin(row.path, path)) onChange();
          })
        : () => {},
    [engine, row],
  );
  const read = useCallback(() => (row ? engine.data.model(row.dataType).get(row.path) : undefined), [engine, row]);
  useSyncExternalStore(subscribe, read, read);
  return <>{node.isHidden() ? '' : (node.displayValue() ?? '')}</>;
}
