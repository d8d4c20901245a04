import type { ComponentTypeDefinition } from '../components/definition.ts';
import { missingValues } from '../components/requiredValues.ts';
import type { DataBinding, FormData } from '../data/formData.ts';
import type { LayoutNode } from '../tree/types.ts';
import type { NodeIssue } from './types.ts';
import { ValidationMask } from './masks.ts';

export const REQUIRED_TEXT_KEY = 'form_filler.error_required';

/**
 * `required` (literal or expression) on each bound value its type finds missing (every value
 * binding, unless the type's definition says otherwise). Text: the component's
 * `requiredValidation` or `form_filler.error_required`, with the field's name as `{0}`.
 */
export function requiredIssues(
  node: LayoutNode,
  data: FormData,
  definition: ComponentTypeDefinition | undefined,
): NodeIssue[] {
  if (!node.evaluate('required', 'boolean', false)) return [];
  const missing = (definition?.required ?? missingValues)(node, data);
  if (missing.length === 0) return [];
  const textKey = node.evaluate('textResourceBindings.requiredValidation', 'string', null) ?? REQUIRED_TEXT_KEY;
  return missing.map(({ bindingKey, binding, nameOf }) =>
    issue(node, bindingKey, binding, textKey, fieldName(node, nameOf ?? bindingKey)),
  );
}

function issue(node: LayoutNode, bindingKey: string, binding: DataBinding, textKey: string, name: string): NodeIssue {
  return {
    key: `required|${node.id}|${bindingKey}`,
    nodeId: node.id,
    baseId: node.baseId,
    page: node.page,
    bindingKey,
    severity: 'error',
    source: 'required',
    category: ValidationMask.Required,
    textKey,
    params: [name],
    dataType: binding.dataType,
    field: binding.field,
  };
}

/** A text key (or literal) naming the field; the message lower-cases its first letter. */
function fieldName(node: LayoutNode, bindingKey: string): string {
  if (bindingKey !== 'simpleBinding') return `form_filler.${bindingKey}`;
  return (
    node.evaluate('textResourceBindings.shortName', 'string', null) ??
    node.evaluate('textResourceBindings.title', 'string', null) ??
    'validation.generic_field'
  );
}
