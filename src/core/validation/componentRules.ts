import type { ComponentRuleContext, ComponentTypeDefinition } from '../components/definition.ts';
import type { LayoutNode } from '../tree/types.ts';
import { ValidationMask } from './masks.ts';
import type { NodeIssue } from './types.ts';

export type { ComponentRuleContext } from '../components/definition.ts';

/** Checks a component makes on its own value, apart from the data model's schema (§4.5): its type's `rules`. */
export function componentIssues(
  node: LayoutNode,
  definition: ComponentTypeDefinition | undefined,
  context: ComponentRuleContext,
): NodeIssue[] {
  const found = definition?.rules?.(node, context) ?? [];
  return found.map(({ textKey, params, bindingKey, severity, category }) => {
    const binding = bindingKey ? node.bindings[bindingKey] : undefined;
    return {
      key: `component|${node.id}|${textKey}`,
      nodeId: node.id,
      baseId: node.baseId,
      page: node.page,
      bindingKey,
      severity: severity ?? 'error',
      source: 'component',
      category: category ?? ValidationMask.Component,
      textKey,
      params: [...params],
      dataType: binding?.dataType,
      field: binding?.field,
    };
  });
}
