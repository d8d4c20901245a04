import type { FormData } from '../data/formData.ts';
import { chosenRows, rowChoiceOf } from '../rows/optionRows.ts';
import type { LayoutNode } from '../tree/types.ts';
import type { ComponentTypeDefinition, DisplayValueContext, MissingValue } from './definition.ts';
import { isEmptyValue, missingRowChoice } from './requiredValues.ts';
import { joinedBoundValues } from './values.ts';

/** The binding a summary shows: `summaryBinding`, else the one bound to `bindingToShowInSummary`. */
function summaryKeyOf(node: LayoutNode): string | undefined {
  const { summaryBinding, bindingToShowInSummary } = node.component;
  if (typeof summaryBinding === 'string' && node.bindings[summaryBinding]) return summaryBinding;
  if (typeof bindingToShowInSummary !== 'string') return undefined;
  return Object.keys(node.bindings).find((key) => node.bindings[key].field === bindingToShowInSummary);
}

function listDisplayValue(node: LayoutNode, context: DisplayValueContext): string {
  const summaryKey = summaryKeyOf(node);
  const choice = rowChoiceOf(node.bindings);
  if (choice) {
    // The object-list mode: one entry per chosen row, its summary column or all its columns.
    return chosenRows(context.value('group'), choice)
      .map((row) => (summaryKey ? row[summaryKey] : Object.values(row).filter(Boolean).join(' ')))
      .filter(Boolean)
      .join(', ');
  }
  if (summaryKey) return context.text(summaryKey);
  return joinedBoundValues(node, context);
}

/** A List row fills all its bindings at once: one choice, missing only when nothing is chosen. */
function missingListChoice(node: LayoutNode, data: FormData): MissingValue[] {
  const choice = rowChoiceOf(node.bindings);
  if (choice) return missingRowChoice(data, choice);
  const entries = Object.entries(node.bindings);
  if (entries.length === 0 || !entries.every(([, binding]) => isEmptyValue(data.get(binding)))) return [];
  const [bindingKey, binding] = entries[0];
  return [{ bindingKey, binding, nameOf: 'simpleBinding' }];
}

/** A table of choices whose chosen row fills the component's bindings. */
export const listTypes: readonly ComponentTypeDefinition[] = [
  {
    type: 'List',
    category: 'form',
    bindings: { rowChoice: true },
    displayValue: listDisplayValue,
    required: missingListChoice,
  },
];
