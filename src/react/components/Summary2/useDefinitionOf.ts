import type { FormNode } from '../../../core/form/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import type { ComponentDefinition } from '../../registry/types.ts';

export type DefinitionOf = (node: FormNode) => ComponentDefinition | undefined;

/** Looks up the registered definition of a node's type (category, own summary). */
export function useDefinitionOf(): DefinitionOf {
  const { registry } = useFormContext();
  return (node) => registry.get(node.type);
}

/**
 * Whether a summary offers to change a component: form fields and groups lead somewhere to
 * change; a presentation component (a list of signees, say) only reports on the process.
 */
export function isChangeable(definition: ComponentDefinition | undefined): boolean {
  return definition?.category !== 'presentation';
}
