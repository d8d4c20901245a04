import type { FormNode } from '../../../core/form/index.ts';
import { useNodeTexts } from '../../hooks/useNodeTexts.ts';
import { plainText } from '../../../core/texts/textValues.ts';

const FIELD_TEXTS = ['title', 'description', 'tableTitle', 'shortName', 'summaryTitle'] as const;

/**
 * The texts every form field shows around its input. A field without a `title` shows no label,
 * as in the reference, and never its component id; `unlabelledName` then names it for screen
 * readers (`aria-label`) from another name the layout gives it: its column heading
 * (`tableTitle`), its `shortName` or its `summaryTitle`. With none of them it stays unnamed, as in
 * the reference.
 */
export function useFieldTexts(node: FormNode) {
  const [title, description, tableTitle, shortName, summaryTitle] = useNodeTexts(node, FIELD_TEXTS);
  return {
    title,
    description,
    // A name for `aria-label`: plain text.
    unlabelledName: title === undefined ? plainText(tableTitle ?? shortName ?? summaryTitle) : undefined,
  };
}
