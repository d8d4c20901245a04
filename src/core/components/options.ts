import { chosenRows, rowChoiceOf } from '../rows/optionRows.ts';
import type { LayoutNode } from '../tree/types.ts';
import type { ComponentTypeDefinition, DisplayValueContext } from './definition.ts';
import { missingChoice } from './requiredValues.ts';
import { chosenOptionLabel } from './values.ts';

/** Chosen values: the comma-separated `simpleBinding`, or with a `group` binding its chosen rows. */
function chosenValues(node: LayoutNode, context: DisplayValueContext): string[] {
  const choice = rowChoiceOf(node.bindings, ['simpleBinding']);
  if (choice) return chosenRows(context.value('group'), choice).map((row) => row.simpleBinding ?? '');
  const value = context.text('simpleBinding');
  return value === '' ? [] : value.split(',');
}

/** The label of each chosen value, for summaries that list them one by one. */
function chosenLabels(node: LayoutNode, context: DisplayValueContext): string[] {
  return chosenValues(node, context).map((value) => context.optionLabel(value.trim()));
}

const singleChoice = {
  category: 'form',
  bindings: { simple: 'simpleBinding' },
  displayValue: chosenOptionLabel,
  required: missingChoice,
} as const satisfies Omit<ComponentTypeDefinition, 'type'>;

const multipleChoice = {
  category: 'form',
  bindings: { simple: 'simpleBinding', multiple: true, rowChoice: true },
  displayValue: (node, context) => chosenLabels(node, context).join(', '),
  displayValueParts: chosenLabels,
  required: missingChoice,
} as const satisfies Omit<ComponentTypeDefinition, 'type'>;

/** Components that choose among options: one value, or several. */
export const optionTypes: readonly ComponentTypeDefinition[] = [
  { type: 'Dropdown', ...singleChoice },
  { type: 'RadioButtons', ...singleChoice },
  // One question row of a Likert, which renders it.
  { type: 'LikertItem', ...singleChoice },
  { type: 'Checkboxes', ...multipleChoice },
  { type: 'MultipleSelect', ...multipleChoice },
];
