import type { FormNode } from '../../core/form/index.ts';
import type { TextResolveOptions } from '../../core/texts/textResolver.ts';
import { useText } from '../i18n/useTexts.ts';
import { useNodeVersion } from './useNodeVersion.ts';

/**
 * The text of one of the node's `textResourceBindings` (`title`, `description`, …): the binding is
 * an expression yielding a text key, which is then resolved with the node's row for `[{0}]` markers.
 * Undefined when the component has no such binding.
 */
export function useNodeText(
  node: FormNode,
  binding: string,
  options?: Pick<TextResolveOptions, 'formatValue'>,
): string | undefined {
  useNodeVersion(node);
  const bound = node.component.textResourceBindings?.[binding];
  const key = bound === undefined ? undefined : node.evaluate(`textResourceBindings.${binding}`, 'string', '');
  const text = useText(typeof key === 'string' && key !== '' ? key : undefined, {
    rowIndices: node.rowIndices,
    formatValue: options?.formatValue,
  });
  return text === '' ? undefined : text;
}
