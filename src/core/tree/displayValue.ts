import type { DisplayValueContext } from '../components/definition.ts';
import { asText } from '../components/values.ts';
import { dataElementsOf } from './instanceData.ts';
import type { LayoutNodeImpl } from './layoutNode.ts';
import { findOption, optionsOf, optionText } from './options.ts';
import type { TreeRuntime } from './runtime.ts';

/** Whether `["displayValue", id]` is defined for the type: its definition says how (containers and presentation mostly do not). */
export function hasDisplayValue(runtime: TreeRuntime, type: string): boolean {
  return runtime.componentTypes.get(type)?.displayValue !== undefined;
}

/** What a type's display value reads, through the runtime so that a computing cell records it. */
function contextOf(node: LayoutNodeImpl, runtime: TreeRuntime): DisplayValueContext {
  const value = (bindingKey: string): unknown => {
    const binding = node.bindings[bindingKey];
    if (!binding || !runtime.stores[binding.dataType]) return undefined;
    return runtime.readData(binding.dataType, binding.field);
  };
  let options: ReturnType<typeof optionsOf> | undefined;
  const site = { page: node.page, node, location: node.location };
  return {
    value,
    text: (bindingKey) => asText(value(bindingKey)),
    optionLabel: (chosen) => {
      options ??= optionsOf(runtime, node);
      const option = findOption(options, chosen);
      return option ? optionText(runtime, site, String(option.label ?? '')) : chosen;
    },
    dataElements: () => dataElementsOf(runtime.environment),
    language: runtime.environment.language ?? 'nb',
  };
}

/** The text a component shows for its value (option labels, formatted numbers and dates…), or null when its type has none. */
export function displayValueOf(node: LayoutNodeImpl, runtime: TreeRuntime): string | null {
  const displayValue = runtime.componentTypes.get(node.type)?.displayValue;
  return displayValue ? displayValue(node, contextOf(node, runtime)) : null;
}

/**
 * The answer as separate entries (the label of each chosen value of Checkboxes and
 * MultipleSelect), for summaries that list them one by one; null for types that give none.
 */
export function displayValuePartsOf(node: LayoutNodeImpl, runtime: TreeRuntime): string[] | null {
  const parts = runtime.componentTypes.get(node.type)?.displayValueParts;
  return parts ? parts(node, contextOf(node, runtime)) : null;
}
