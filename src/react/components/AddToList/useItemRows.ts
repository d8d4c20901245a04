import { useCallback, useSyncExternalStore } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { subscribeAtBindings } from '../../hooks/subscribeAtBindings.ts';

const NO_ROWS: readonly unknown[] = [];

/** The rows of the node's `data` array, kept in step with the data model. */
export function useItemRows(node: FormNode): readonly unknown[] {
  const { engine } = useFormContext();
  const binding = node.bindings.data;
  const subscribe = useCallback(
    (onChange: () => void) => subscribeAtBindings(engine.data, [binding], onChange),
    [engine, binding],
  );
  const read = useCallback(() => {
    const rows = binding ? engine.data.get(binding) : undefined;
    return Array.isArray(rows) ? rows : NO_ROWS;
  }, [engine, binding]);
  return useSyncExternalStore(subscribe, read, read);
}
