import type { FormNode } from '../../core/form/index.ts';
import type { TextResolveOptions } from '../../core/texts/textResolver.ts';
import { markValue } from '../../core/texts/textValues.ts';
import { useText, useTextResolver } from '../i18n/useTexts.ts';
import { useNodeVersion } from './useNodeVersion.ts';

/**
 * The text of one of the node's `textResourceBindings` (`title`, `description`, …): the binding is
 * an expression yielding a text key, which is then resolved with the node's row for `[{0}]` markers.
 * Undefined when the component has no such binding.
 *
 * The text is for `<Markdown>`: the values in it (text variables, or the whole result of an
 * expression that names no text, which may be built from data) are marked, so they show as typed.
 * Where the text goes into an attribute or other plain text, pass it through `plainText`. With
 * `formatValue` (markup that is not Markdown, such as an IFrame's HTML) it comes plain.
 */
export function useNodeText(
  node: FormNode,
  binding: string,
  options?: Pick<TextResolveOptions, 'formatValue'>,
): string | undefined {
  useNodeVersion(node);
  const texts = useTextResolver();
  const bound = node.component.textResourceBindings?.[binding];
  const key = bound === undefined ? undefined : node.evaluate(`textResourceBindings.${binding}`, 'string', '');
  const named = typeof key === 'string' && key !== '' ? key : undefined;
  const formatValue = options?.formatValue;
  const text = useText(named, { rowIndices: node.rowIndices, formatValue, markValues: formatValue === undefined });
  if (text === '' || named === undefined) return undefined;
  if (Array.isArray(bound) && !texts.has(named)) {
    return formatValue === undefined ? markValue(named) : formatValue(named);
  }
  return text;
}
