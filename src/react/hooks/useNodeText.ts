import type { FormNode } from '../../core/form/index.ts';
import type { TextResolveOptions } from '../../core/texts/textResolver.ts';
import { expressionReadsData, markValue } from '../../core/texts/textValues.ts';
import { useText, useTextResolver } from '../i18n/useTexts.ts';
import { useNodeVersion } from './useNodeVersion.ts';

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
export function useNodeText(
  node: FormNode,
  binding: string,
  options?: Pick<TextResolveOptions, 'formatValue'> & {
    /** For plain text (a button's label, an attribute): the values unmarked. */
    plain?: boolean;
  },
): string | undefined {
  useNodeVersion(node);
  const texts = useTextResolver();
  const bound = node.component.textResourceBindings?.[binding];
  const key = bound === undefined ? undefined : node.evaluate(`textResourceBindings.${binding}`, 'string', '');
  const named = typeof key === 'string' && key !== '' ? key : undefined;
  const formatValue = options?.formatValue;
  const markValues = formatValue === undefined && options?.plain !== true;
  const text = useText(named, { rowIndices: node.rowIndices, formatValue, markValues });
  if (text === '' || named === undefined) return undefined;
  if (!texts.has(named) && expressionReadsData(bound)) {
    if (formatValue !== undefined) return formatValue(named);
    return markValues ? markValue(named) : named;
  }
  return text;
}
