import { useCallback, useSyncExternalStore } from 'react';
import type { FormNode } from '../../core/form/index.ts';
import { useFormContext } from '../context/FormContext.ts';

export interface NodeState {
  hidden: boolean;
  required: boolean;
  /** The session's answer: the node's `readOnly`, the instance's write permission, locked data types. */
  readOnly: boolean;
}

/** The node's expression-driven flags, evaluated for its own row. */
export function useNodeState(node: FormNode): NodeState {
  const { engine, session } = useFormContext();
  // One subscription for both sources: every field mounts this (twice, with its RenderNode), so a
  // second store subscription here would be a thousand more in a thousand-field form.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const offNode = engine.subscribeNode(node.id, onChange);
      const offAccess = session.subscribeAccess(onChange);
      return () => {
        offNode();
        offAccess();
      };
    },
    [engine, session, node.id],
  );
  // A string compares by value: the snapshot changes exactly when either version does.
  const read = () => `${engine.nodeVersion(node.id)}:${session.accessVersion()}`;
  useSyncExternalStore(subscribe, read, read);
  return {
    hidden: node.isHidden(),
    required: node.evaluate('required', 'boolean', false) === true,
    readOnly: session.isReadOnly(node),
  };
}
