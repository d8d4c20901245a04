import type { FormNode } from '../../../core/form/index.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';

/**
 * AddToList's title: the layout gives it as a top-level `title` text key (the schema requires
 * it), older or hand-written layouts as `textResourceBindings.title`. Undefined without either:
 * the list then shows no heading, never its component id.
 */
export function useAddToListTitle(node: FormNode): string | undefined {
  const key = (node.component as { title?: unknown }).title;
  const own = useText(typeof key === 'string' ? key : undefined, { rowIndices: node.rowIndices, markValues: true });
  const bound = useNodeText(node, 'title');
  return own || bound || undefined;
}
