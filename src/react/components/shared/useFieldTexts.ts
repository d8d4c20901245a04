import type { FormNode } from '../../../core/form/index.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';

/** The texts every form field shows around its input. */
export function useFieldTexts(node: FormNode) {
  return {
    title: useNodeText(node, 'title'),
    description: useNodeText(node, 'description'),
  };
}
