import type { FormNode } from '../../../core/form/index.ts';
import { useNodeTexts } from '../../hooks/useNodeTexts.ts';
import { plainText } from '../../../core/texts/textValues.ts';

// Asked for together, behind one subscription; a binding the component does not have costs a lookup.
const FIELD_TEXTS = [
  'title',
  'description',
  'tableTitle',
  'shortName',
  'summaryTitle',
  'help',
  'prefix',
  'suffix',
] as const;

/**
 * The texts every form field shows around its input. A field without a `title` shows no label,
 * as in the reference, and never its component id; `unlabelledName` then names it for screen
 * readers (`aria-label`) from another name the layout gives it: its column heading
 * (`tableTitle`), its `shortName` or its `summaryTitle`. With none of them it stays unnamed, as in
 * the reference. `help` is for `FieldWithHelp`; `prefix` and `suffix` (Input's affixes) are plain text.
 */
export function useFieldTexts(node: FormNode) {
  const [title, description, tableTitle, shortName, summaryTitle, help, prefix, suffix] = useNodeTexts(
    node,
    FIELD_TEXTS,
  );
  return {
    title,
    description,
    help,
    prefix: plainText(prefix),
    suffix: plainText(suffix),
    // A name for `aria-label`: plain text.
    unlabelledName: title === undefined ? plainText(tableTitle ?? shortName ?? summaryTitle) : undefined,
  };
}
