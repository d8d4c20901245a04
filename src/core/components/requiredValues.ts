import type { FormData } from '../data/formData.ts';
import { chosenRows, rowChoiceOf, type RowChoice } from '../rows/optionRows.ts';
import type { LayoutNode } from '../tree/types.ts';
import type { MissingValue } from './definition.ts';

/** Bindings that hold rows, not a value: emptiness there is `minCount`'s business. */
const ARRAY_BINDINGS = new Set(['group', 'questions']);

/** Whether a bound value counts as not filled in. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return false;
  return String(value).trim() === '';
}

/**
 * The default `required`: every bound value (or `keys` of them) that is empty, text the data
 * model could not hold counting as filled. Row arrays are left to `minCount`.
 */
export function missingValues(node: LayoutNode, data: FormData, keys?: readonly string[]): MissingValue[] {
  const missing: MissingValue[] = [];
  for (const [bindingKey, binding] of Object.entries(node.bindings)) {
    if (ARRAY_BINDINGS.has(bindingKey) || (keys && !keys.includes(bindingKey))) continue;
    if (!isEmptyValue(data.invalid[binding.dataType]?.get(binding.field) ?? data.get(binding))) continue;
    missing.push({ bindingKey, binding });
  }
  return missing;
}

/**
 * Components that choose among options are required on their chosen value only, not on label or
 * metadata bindings; in the object-list mode the choice is the `group`'s chosen rows.
 */
export function missingChoice(node: LayoutNode, data: FormData): MissingValue[] {
  const choice = rowChoiceOf(node.bindings, ['simpleBinding']);
  if (choice) return missingRowChoice(data, choice);
  return missingValues(node, data, ['simpleBinding']);
}

/** A choice stored as rows is missing while no row is chosen. */
export function missingRowChoice(data: FormData, choice: RowChoice): MissingValue[] {
  if (chosenRows(data.get(choice.group), choice).length > 0) return [];
  return [{ bindingKey: 'group', binding: choice.group, nameOf: 'simpleBinding' }];
}
