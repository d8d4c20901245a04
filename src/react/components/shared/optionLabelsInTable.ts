import type { FormNode } from '../../../core/form/index.ts';

/**
 * The class for a radio or checkbox group whose lone option would only repeat the column heading
 * when the group sits in a table cell (RepeatingGroup, Grid): the label stays for screen readers
 * but is hidden from view, as in Altinn, unless the component sets `showLabelsInTable`. Several
 * options keep their labels, or nobody could tell them apart. Outside table cells the class does
 * nothing (see containers.css).
 */
export function optionLabelsInTable(node: FormNode, optionCount: number): string | undefined {
  if (node.component.showLabelsInTable === true) return undefined;
  return optionCount === 1 ? 'skjema-lone-option' : undefined;
}
