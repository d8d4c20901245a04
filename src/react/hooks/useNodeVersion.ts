import { useCallback, useSyncExternalStore } from 'react';
import type { FormNode } from '../../core/form/index.ts';
import { useFormContext } from '../context/FormContext.ts';

/**
 * Re-renders the caller when the tree reports that this node's evaluated properties changed,
 * and only then: a keystroke elsewhere leaves the component alone.
 */
export function useNodeVersion(node: FormNode): number {
  const { engine } = useFormContext();
  const subscribe = useCallback((onChange: () => void) => engine.subscribeNode(node.id, onChange), [engine, node.id]);
  // Not memoised: React reads a new getSnapshot without resubscribing, and a hook less per caller counts in a large form.
  const read = () => engine.nodeVersion(node.id);
  return useSyncExternalStore(subscribe, read, read);
}
