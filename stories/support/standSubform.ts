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
  'goods.title': ['Varer', 'Goods'],
  'goods.add': ['vare', 'item'],
  'goods.header': ['Om varen', 'About the item'],
  'goods.name': ['Varenavn', 'Item name'],
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

/** How many stalls the app allows (`minCount`/`maxCount` of the data type `stand`). */
export interface StandLimits {
  minCount?: number;
  maxCount?: number;
}

/** The subform's layout set, as `loadLayoutSet` would return it, with the app's limits on entries. */
export function standLayoutSet(page: RawComponent[] = standPage(), limits?: StandLimits): LoadedLayoutSet {
  return {
    ...formOf([], { texts: standTexts, pages: { stand: page } }),
    id: 'stand',
    dataType: 'stand',
    ...(limits ? { applicationMetadata: { dataTypes: [{ id: 'stand', ...limits }] } } : {}),
  };
}

/** A stall's page with a Subform of its own: the goods it sells, each an entry of the layout set `goods`. */
export function standPageWithGoods(): RawComponent[] {
  return [
    ...standPage(),
    {
      id: 'goods',
      type: 'Subform',
      layoutSet: 'goods',
      tableColumns: [{ headerContent: 'goods.name', cellContent: { query: 'item.name' } }],
      textResourceBindings: { title: 'goods.title', addButton: 'goods.add' },
    },
  ];
}

export function goodsLayoutSet(): LoadedLayoutSet {
  const page: RawComponent[] = [
    { id: 'goods-header', type: 'Header', size: 'L', textResourceBindings: { title: 'goods.header' } },
    {
      id: 'goods-name',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'item.name' },
      textResourceBindings: { title: 'goods.name' },
    },
    { id: 'goods-close', type: 'CustomButton', actions: [{ type: 'ClientAction', id: 'closeSubform' }] },
  ];
  return { ...formOf([], { texts: standTexts, pages: { goods: page } }), id: 'goods', dataType: 'goods' };
}

export const standEntries = (): SubformEntry[] => [
  { id: 's1', data: { stand: { name: 'Vaffelbua', kind: 'Mat' } } },
  { id: 's2', data: { stand: { name: 'Loppis' } } },
];

/** A third stall whose name (required on its page) was never filled in. */
export const unnamedStand = (): SubformEntry => ({ id: 's3', data: { stand: { kind: 'Bøker' } } });
