import { useCallback, useSyncExternalStore } from 'react';
import type { FormNode } from '../../core/form/index.ts';
import { useFormContext } from '../context/FormContext.ts';
import { useNodeVersion } from './useNodeVersion.ts';

export interface NodeState {
  hidden: boolean;
  required: boolean;
  /** The session's answer: the node's `readOnly`, the instance's write permission, locked data types. */
  readOnly: boolean;
}

/** The node's expression-driven flags, evaluated for its own row. */
export function useNodeState(node: FormNode): NodeState {
  const { session } = useFormContext();
  useNodeVersion(node);
  const subscribeAccess = useCallback((onChange: () => void) => session.subscribeAccess(onChange), [session]);
  useSyncExternalStore(subscribeAccess, session.accessVersion, session.accessVersion);
  return {
    hidden: node.isHidden(),
    required: node.evaluate('required', 'boolean', false) === true,
    readOnly: session.isReadOnly(node),
  };
}
