import type { DataBinding, FormData } from '../data/formData.ts';
import { chosenRows, rowChoiceOf } from '../rows/optionRows.ts';
import type { LayoutNode } from '../tree/types.ts';
import type { NodeIssue } from './types.ts';
import { ValidationMask } from './masks.ts';

/** Options components are required on their chosen value only, not on label or metadata bindings. */
const OPTIONS_TYPES = new Set(['Checkboxes', 'RadioButtons', 'Dropdown', 'MultipleSelect', 'LikertItem']);
/** Bindings that hold rows, not a value: emptiness there is `minCount`'s business. */
const ARRAY_BINDINGS = new Set(['group', 'questions']);

export const REQUIRED_TEXT_KEY = 'form_filler.error_required';

/**
 * `required` (literal or expression) on each value binding that is empty. Text: the component's
 * `requiredValidation` or `form_filler.error_required`, with the field's name as `{0}`.
 */
export function requiredIssues(node: LayoutNode, data: FormData): NodeIssue[] {
  if (!node.evaluate('required', 'boolean', false)) return [];
  // A Likert's rows (LikertItem) carry its `required`; the container's `answer` binding is a row pattern.
  if (node.type === 'Likert') return [];
  const issues: NodeIssue[] = [];
  const textKey = node.evaluate('textResourceBindings.requiredValidation', 'string', null) ?? REQUIRED_TEXT_KEY;
  // In the object-list mode the choice lives in the group's rows, not in one value.
  const choice =
    node.type === 'List' || OPTIONS_TYPES.has(node.type)
      ? rowChoiceOf(node.bindings, node.type === 'List' ? undefined : ['simpleBinding'])
      : undefined;
  if (choice) {
    if (chosenRows(data.get(choice.group), choice).length > 0) return [];
    return [issue(node, 'group', choice.group, textKey, fieldName(node, 'simpleBinding'))];
  }
  // A List row fills all its bindings at once: one choice, empty only when nothing is chosen.
  if (node.type === 'List') {
    const entries = Object.entries(node.bindings);
    if (entries.length === 0 || !entries.every(([, binding]) => isEmpty(data.get(binding)))) return [];
    const [bindingKey, binding] = entries[0];
    return [issue(node, bindingKey, binding, textKey, fieldName(node, 'simpleBinding'))];
  }
  for (const [bindingKey, binding] of Object.entries(node.bindings)) {
    if (ARRAY_BINDINGS.has(bindingKey)) continue;
    if (OPTIONS_TYPES.has(node.type) && bindingKey !== 'simpleBinding') continue;
    if (!isEmpty(data.invalid[binding.dataType]?.get(binding.field) ?? data.get(binding))) continue;
    issues.push(issue(node, bindingKey, binding, textKey, fieldName(node, bindingKey)));
  }
  return issues;
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

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return false;
  return String(value).trim() === '';
}
