import type { FormNode } from '../../core/form/index.ts';
import { useNodeVersion } from './useNodeVersion.ts';

export interface NodeState {
  hidden: boolean;
  required: boolean;
  readOnly: boolean;
}

/** The node's expression-driven flags, evaluated for its own row. */
export function useNodeState(node: FormNode): NodeState {
  useNodeVersion(node);
  return {
    hidden: node.isHidden(),
    required: node.evaluate('required', 'boolean', false) === true,
    readOnly: node.evaluate('readOnly', 'boolean', false) === true,
  };
}
