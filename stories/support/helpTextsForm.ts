import type { LoadedLayoutSet, RawComponent } from '../../src/core/index.ts';
import { formOf } from './formOf.ts';
import { textsOf } from './texts.ts';

/**
 * A page where most kinds of title carry a help text: a heading, a paragraph, text and radio
 * fields, a radio option's `helpText`, a date field split beside its label (`labelGrid`) and a
 * Grid text cell. Used by the HelpTexts stories and tests/browser/helpTexts.browser.test.tsx.
 */
export const helpTexts = textsOf({
  'intro.title': ['Om arrangementet', 'About the event'],
  'intro.help': [
    'Et arrangement er alt som samler folk på offentlig sted, også **gratis** ting.',
    'An event is anything that gathers people in a public place, **free** ones too.',
  ],
  'rules.title': ['Les reglene før du søker.', 'Read the rules before you apply.'],
  'rules.help': ['Reglene står i politivedtekten.', 'The rules are in the police by-laws.'],
  'name.title': ['Navn på arrangementet', 'Name of the event'],
  'name.description': ['Slik det skal stå i tillatelsen.', 'As it should read in the permit.'],
  'name.help': [
    'Bruk navnet publikum kjenner igjen. Se [eksempler](https://example.no/navn).',
    'Use the name the audience knows. See [examples](https://example.no/names).',
  ],
  'kind.title': ['Type arrangement', 'Kind of event'],
  'kind.help': ['Velg det som passer best.', 'Choose the closest one.'],
  'kind.concert': ['Konsert', 'Concert'],
  'kind.market': ['Marked', 'Market'],
  'kind.market.help': ['Med salgsboder eller matvogner.', 'With stalls or food trucks.'],
  'date.title': ['Dato', 'Date'],
  'date.help': ['Første dag, om det varer flere dager.', 'The first day, if it lasts several days.'],
  'costs.item': ['Post', 'Item'],
  'costs.item.help': ['Hva pengene går til.', 'What the money is for.'],
  'costs.amount': ['Beløp', 'Amount'],
  'costs.rent': ['Leie av lokale', 'Venue hire'],
  'costs.rent.help': ['Hele leien, med rengjøring.', 'The whole hire, cleaning included.'],
});

export const helpTextsComponents: RawComponent[] = [
  { id: 'intro', type: 'Header', size: 'M', textResourceBindings: { title: 'intro.title', help: 'intro.help' } },
  { id: 'rules', type: 'Paragraph', textResourceBindings: { title: 'rules.title', help: 'rules.help' } },
  {
    id: 'name',
    type: 'Input',
    required: true,
    dataModelBindings: { simpleBinding: 'event.name' },
    textResourceBindings: { title: 'name.title', description: 'name.description', help: 'name.help' },
  },
  {
    id: 'kind',
    type: 'RadioButtons',
    dataModelBindings: { simpleBinding: 'event.kind' },
    textResourceBindings: { title: 'kind.title', help: 'kind.help' },
    options: [
      { value: 'concert', label: 'kind.concert' },
      { value: 'market', label: 'kind.market', helpText: 'kind.market.help' },
    ],
  },
  {
    id: 'date',
    type: 'Datepicker',
    dataModelBindings: { simpleBinding: 'event.date' },
    textResourceBindings: { title: 'date.title', help: 'date.help' },
    grid: { labelGrid: { md: 4 }, innerGrid: { md: 8 } },
  },
  {
    id: 'costs',
    type: 'Grid',
    rows: [
      { header: true, cells: [{ text: 'costs.item', help: 'costs.item.help' }, { text: 'costs.amount' }] },
      { cells: [{ text: 'costs.rent' }, { component: 'rent' }] },
    ],
  },
  {
    id: 'rent',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'event.rent' },
    // In a Grid cell the column heading stands for the label, so this help is not shown there.
    textResourceBindings: { title: 'costs.rent', help: 'costs.rent.help' },
  },
];

export function helpTextsForm(): LoadedLayoutSet {
  return formOf(helpTextsComponents, { texts: helpTexts });
}
