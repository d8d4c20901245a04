import type { FormNode } from '../../core/form/index.ts';
import { useNodeTexts, type NodeTextOptions } from './useNodeTexts.ts';

/**
 * The text of one of the node's `textResourceBindings` (`title`, `description`, …): the binding is
 * an expression yielding a text key, which is then resolved with the node's row for `[{0}]` markers.
 * Undefined when the component has no such binding.
 *
 * The text is for `<Markdown>`: the values in it (text variables, or the whole result of an
 * expression that reads data and names no text) are marked, so they show as typed.
 * Where the text is shown as it is (a button's label, an attribute), ask for it `plain`, or pass it
 * through `plainText`. With `formatValue` (markup that is not Markdown, such as an IFrame's HTML)
 * it comes plain too.
 */
export function useNodeText(node: FormNode, binding: string, options?: NodeTextOptions): string | undefined {
  return useNodeTexts(node, [binding], options)[0];
}
