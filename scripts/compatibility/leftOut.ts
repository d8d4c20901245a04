import type { LeftOut } from './componentTable.ts';

/** Story files named otherwise than their component type (the type is shown inside them). */
export const STORIES_OF: Readonly<Record<string, string>> = {
  LikertItem: 'Likert',
  AccordionGroup: 'Accordion',
};

/** Unit-test files named otherwise than their component type (it has a `describe` there). */
export const TESTS_OF: Readonly<Record<string, string>> = {
  LikertItem: 'Likert',
  AccordionGroup: 'Accordion',
  FileUploadWithTag: 'FileUpload',
  OrganisationLookup: 'PersonLookup',
};

// Why a text binding is not shown, where several types share the reason.
const NOT_IN_SUMMARIES = 'not used: Summary2 leaves presentation components out';
const NO_GROUP_CHANGE_BUTTON = 'not used: the summary has no change button of its own for a group to name';
const NOT_ON_A_LIKERT_ROW =
  'cannot be set: a Likert makes its rows, with only title, description and help (from its `questions`, `questionDescriptions`, `questionHelpTexts`)';
const summaryTexts = (why: string) => ({ summaryTitle: why, summaryAccessibleTitle: why });

/**
 * What skjema reads of a component's schema properties but does not (fully) act on yet. Everything
 * not listed here is supported; keep this list honest, it is the only hand-written part of the table.
 */
export const LEFT_OUT: Readonly<Record<string, LeftOut>> = {
  Subform: {
    texts: {
      shortName:
        'not used: `required` is not checked on a Subform (too few entries, `minCount`, has a built-in message)',
      requiredValidation:
        'not used: `required` is not checked on a Subform (too few entries, `minCount`, has a built-in message)',
    },
    note: "entries open on the subform's own pages when `SkjemaForm` is given the app's `subformLayoutSets`; without them an entry cannot be opened, entry counts (`minCount`/`maxCount`) are not known and entries are not checked for errors",
  },
  Map: {
    properties: {
      layers: 'static fallback: no tiles',
      toolbar: 'static fallback: no drawing',
      geometryType: 'static fallback: geometries are not drawn',
    },
    note: 'shows the position as text with a link to a map',
  },
  Summary2: { note: '`taskId` needs the other task passed in (`taskLayoutSets`)' },
  AddToList: {
    note: 'an array of objects inside an inner item (a list within a list) gets no field (it is kept as stored when a row is changed); objects nested deeper than 3 levels get no field',
  },

  Accordion: { texts: { summaryAccessibleTitle: NO_GROUP_CHANGE_BUTTON } },
  AccordionGroup: { texts: { summaryAccessibleTitle: NO_GROUP_CHANGE_BUTTON } },
  Address: { texts: { shortName: 'not used: the required message names each address field by its built-in name' } },
  ButtonGroup: { texts: summaryTexts('not used: a group of buttons has nothing to summarise') },
  Cards: { texts: { summaryAccessibleTitle: NO_GROUP_CHANGE_BUTTON } },
  Date: { texts: summaryTexts(NOT_IN_SUMMARIES) },
  Divider: { texts: summaryTexts(NOT_IN_SUMMARIES) },
  Grid: { texts: { summaryAccessibleTitle: NO_GROUP_CHANGE_BUTTON } },
  Group: { texts: { summaryAccessibleTitle: NO_GROUP_CHANGE_BUTTON } },
  Header: { texts: summaryTexts(NOT_IN_SUMMARIES) },
  Likert: { texts: { summaryAccessibleTitle: NO_GROUP_CHANGE_BUTTON } },
  LikertItem: {
    texts: {
      tableTitle: NOT_ON_A_LIKERT_ROW,
      shortName: NOT_ON_A_LIKERT_ROW,
      requiredValidation: NOT_ON_A_LIKERT_ROW,
      ...summaryTexts(NOT_ON_A_LIKERT_ROW),
    },
  },
  NavigationButtons: { texts: { backToPage: 'no back-to-page button (for a link with `backToPage`) yet' } },
  Number: { texts: summaryTexts(NOT_IN_SUMMARIES) },
  Option: { texts: summaryTexts(NOT_IN_SUMMARIES) },
  OrganisationLookup: {
    texts: { shortName: 'not used: the required message names the organisation number by its built-in name' },
  },
  Paragraph: { texts: summaryTexts(NOT_IN_SUMMARIES) },
  PersonLookup: {
    texts: { shortName: 'not used: the required message names the national identity number by its built-in name' },
  },
  SimpleTable: {
    texts: {
      shortName: 'not used: `required` is not checked on a SimpleTable',
      requiredValidation: 'not used: `required` is not checked on a SimpleTable',
      ...summaryTexts('not used: Summary2 leaves SimpleTable out'),
    },
  },
  Tabs: { texts: { summaryAccessibleTitle: NO_GROUP_CHANGE_BUTTON } },
  Text: { texts: summaryTexts(NOT_IN_SUMMARIES) },
};
