import type { LoadedLayoutSet, RawComponent } from '../../src/core/index.ts';
import type { SubformEntry } from '../../src/react/context/FormServices.ts';
import { formOf } from './formOf.ts';
import { textsOf } from './texts.ts';

/**
 * A market's stalls as a subform: the main form lists them (Subform `stands`), each stall is an
 * entry of the layout set `stand` with a name, a kind and a close button that checks the page.
 */
export const standTexts = textsOf({
  'stands.title': ['Salgsboder', 'Stalls'],
  'stands.add': ['salgsbod', 'stall'],
  'col.name': ['Navn', 'Name'],
  'col.kind': ['Type', 'Kind'],
  'stand.header': ['Om salgsboden', 'About the stall'],
  'stand.name': ['Navn på boden', 'Name of the stall'],
  'stand.kind': ['Hva selges?', 'What is sold?'],
  'stand.cancel': ['Avbryt', 'Cancel'],
});

export function standsSubform(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'stands',
    type: 'Subform',
    layoutSet: 'stand',
    tableColumns: [
      { headerContent: 'col.name', cellContent: { query: 'stand.name' } },
      { headerContent: 'col.kind', cellContent: { value: ['dataModel', 'stand.kind'], default: 'Ukjent' } },
    ],
    textResourceBindings: { title: 'stands.title', addButton: 'stands.add' },
    ...extra,
  };
}

/** The stall's page; `closeValidation` is the close button's `validation`. */
export function standPage(closeValidation?: unknown): RawComponent[] {
  return [
    { id: 'stand-header', type: 'Header', size: 'L', textResourceBindings: { title: 'stand.header' } },
    {
      id: 'stand-name',
      type: 'Input',
      required: true,
      dataModelBindings: { simpleBinding: 'stand.name' },
      textResourceBindings: { title: 'stand.name' },
    },
    {
      id: 'stand-kind',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'stand.kind' },
      textResourceBindings: { title: 'stand.kind' },
    },
    {
      id: 'stand-close',
      type: 'CustomButton',
      actions: [
        { type: 'ClientAction', id: 'closeSubform', ...(closeValidation ? { validation: closeValidation } : {}) },
      ],
    },
  ];
}

/** The subform's layout set, as `loadLayoutSet` would return it. */
export function standLayoutSet(page: RawComponent[] = standPage()): LoadedLayoutSet {
  return { ...formOf([], { texts: standTexts, pages: { stand: page } }), id: 'stand', dataType: 'stand' };
}

export const standEntries = (): SubformEntry[] => [
  { id: 's1', data: { stand: { name: 'Vaffelbua', kind: 'Mat' } } },
  { id: 's2', data: { stand: { name: 'Loppis' } } },
];
