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
  const subscribe = useCallback(
    (onChange: () => void) => (row ? engine.data.model(row.dataType).subscribe(onChange) : () => {}),
    [engine, row],
  );
  const read = useCallback(() => (row ? engine.data.model(row.dataType).get(row.path) : undefined), [engine, row]);
  useSyncExternalStore(subscribe, read, read);
  return <>{node.isHidden() ? '' : (node.displayValue() ?? '')}</>;
}
