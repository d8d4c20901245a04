import type { FormData } from '../data/formData.ts';
import type { LayoutNode } from '../tree/types.ts';
import { ValidationMask } from './masks.ts';
import type { ComponentValidator, ComponentValidatorIssue, NodeIssue } from './types.ts';

export const VALIDATOR_FAILED_TEXT_KEY = 'validation.component_check_failed';

/**
 * A host's validators by component type, looked up case-insensitively as the renderer looks up
 * types, so `OrgNumberInput` in the registry matches `orgNumberInput` in a layout.
 */
export class ComponentValidators {
  private readonly byType = new Map<string, ComponentValidator>();

  constructor(validators: Readonly<Record<string, ComponentValidator>> = {}) {
    for (const [type, validate] of Object.entries(validators)) {
      if (typeof validate === 'function') this.byType.set(type.toLowerCase(), validate);
    }
  }

  for(node: LayoutNode): ComponentValidator | undefined {
    return this.byType.size === 0 ? undefined : this.byType.get(node.type.toLowerCase());
  }
}

/**
 * The issues a host's validator finds on a node's bound values. A validator that throws (or
 * returns something other than a list) is the host's bug: it becomes one error on the component,
 * naming it, instead of breaking validation of the rest of the form.
 */
export function customIssues(node: LayoutNode, validate: ComponentValidator, data: FormData): NodeIssue[] {
  const values: Record<string, unknown> = {};
  for (const [key, binding] of Object.entries(node.bindings)) values[key] = data.get(binding);
  let found: readonly ComponentValidatorIssue[];
  try {
    const result: unknown = validate({ node, value: values.simpleBinding, values });
    if (!Array.isArray(result)) throw new TypeError(`validator of ${node.type} returned ${typeof result}`);
    found = result as readonly ComponentValidatorIssue[];
  } catch {
    return [failure(node)];
  }
  const keys = new Set<string>();
  const issues: NodeIssue[] = [];
  for (const item of found) {
    const textKey = item?.textKey ?? item?.text;
    if (typeof textKey !== 'string') return [failure(node)];
    const bindingKey = item.bindingKey ?? (node.bindings.simpleBinding ? 'simpleBinding' : undefined);
    const binding = bindingKey ? node.bindings[bindingKey] : undefined;
    // The same message twice on one binding still needs a unique list key.
    let key = `custom|${node.id}|${bindingKey ?? ''}|${textKey}`;
    for (let n = 2; keys.has(key); n++) key = `custom|${node.id}|${bindingKey ?? ''}|${textKey}|${n}`;
    keys.add(key);
    issues.push({
      key,
      nodeId: node.id,
      baseId: node.baseId,
      page: node.page,
      bindingKey: binding ? bindingKey : undefined,
      severity: item.severity ?? 'error',
      source: 'custom',
      category: ValidationMask.Component,
      textKey,
      params: (item.params ?? []).map(String),
      dataType: binding?.dataType,
      field: binding?.field,
    });
  }
  return issues;
}

function failure(node: LayoutNode): NodeIssue {
  return {
    key: `custom|${node.id}|failed`,
    nodeId: node.id,
    baseId: node.baseId,
    page: node.page,
    severity: 'error',
    source: 'custom',
    // Shown at once: it is a fault in the form, not something the user has yet to fill in.
    category: 0,
    textKey: VALIDATOR_FAILED_TEXT_KEY,
    params: [node.id],
  };
}
