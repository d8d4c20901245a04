import type { ReactNode } from 'react';
import type { FormNode } from '../../core/form/index.ts';

export interface NodeValidation {
  /** The visible error messages for the node's field, ready for a Designsystemet `error` prop. */
  error?: ReactNode;
  /** Visible soft messages (warning, info, success), shown but never blocking. */
  soft: ReactNode[];
}

const NONE: NodeValidation = { soft: [] };

/**
 * The validation messages a form component shows. Every form component calls it and passes
 * `error` to its Designsystemet field, so the validation engine can light up all of them at once.
 */
export function useNodeValidation(node: FormNode): NodeValidation {
  void node;
  return NONE;
}
