import { formatNumberText } from '../tree/formatting.ts';
import type { LayoutNode } from '../tree/types.ts';
import type { ComponentRuleContext, ComponentRuleFinding, ComponentTypeDefinition } from './definition.ts';
import { joinedBoundValues } from './values.ts';

/** `maxLength`: the typed text may not be longer. */
function maxLength(node: LayoutNode, { data }: ComponentRuleContext): ComponentRuleFinding[] {
  const limit = node.component.maxLength;
  const binding = node.bindings.simpleBinding;
  if (typeof limit !== 'number' || !binding) return [];
  return data.text(binding).length > limit
    ? [{ textKey: 'validation_errors.maxLength', params: [String(limit)], bindingKey: 'simpleBinding' }]
    : [];
}

/** Fields the user types into. */
export const textFieldTypes: readonly ComponentTypeDefinition[] = [
  {
    type: 'Input',
    category: 'form',
    bindings: { simple: 'simpleBinding' },
    displayValue: (node, context) =>
      formatNumberText(context.text('simpleBinding'), node.component.formatting, context.language),
    rules: maxLength,
  },
  {
    type: 'TextArea',
    category: 'form',
    bindings: { simple: 'simpleBinding' },
    displayValue: joinedBoundValues,
    rules: maxLength,
  },
];
