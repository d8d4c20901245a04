import { subformFindings } from '../validation/subformRules.ts';
import type { ComponentTypeDefinition } from './definition.ts';

/**
 * Components that hold a list of entries: table rows, items added in a dialog, subform data
 * elements. Their summaries list the entries, so they have no one-line display value.
 */
export const entryTypes: readonly ComponentTypeDefinition[] = [
  { type: 'SimpleTable', category: 'form' },
  { type: 'AddToList', category: 'form' },
  {
    type: 'Subform',
    category: 'form',
    // Its entries are data elements of their own, which the host lists and reports.
    rules: (node, context) => subformFindings(context.subformEntries(node)),
    outsideData: 'subformEntries',
  },
];
