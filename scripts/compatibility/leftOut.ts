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

const SAVE_WHILE_TYPING =
  'read, without effect yet: every keystroke reaches the form data at once; the delay is for saving to an app backend, which the runtime client will do';

/**
 * What skjema reads of a component's schema properties but does not (fully) act on yet. Everything
 * not listed here is supported; keep this list honest, it is the only hand-written part of the table.
 */
export const LEFT_OUT: Readonly<Record<string, LeftOut>> = {
  Input: { properties: { saveWhileTyping: SAVE_WHILE_TYPING } },
  TextArea: { properties: { saveWhileTyping: SAVE_WHILE_TYPING } },
  Address: { properties: { saveWhileTyping: SAVE_WHILE_TYPING } },
  Checkboxes: { note: 'with `group` + `checked` bindings, `preselectedOptionIndex` is ignored' },
  MultipleSelect: { note: 'with `group` + `checked` bindings, `preselectedOptionIndex` is ignored' },
  Subform: {
    properties: {
      entryDisplayName: 'entries are named by their table columns',
      summaryDelimiter: 'summaries list entries one per line',
    },
    note: "adds and lists entries through `FormServices`; editing an entry (the subform's own pages) is not yet",
  },
  Map: {
    properties: {
      layers: 'static fallback: no tiles',
      toolbar: 'static fallback: no drawing',
      geometryType: 'static fallback: geometries are not drawn',
    },
    note: 'shows the position as text with a link to a map',
  },
  Summary: { note: '`display.useComponentGrid` is not read; Grid summaries are lists, not tables' },
  Summary2: {
    note: 'the Subform `display` override is not read; Grid summaries are lists, not tables; `taskId` needs the other task passed in (`taskLayoutSets`)',
  },
  Payment: {
    note: '`summaryAccessibleTitle` is not used; moving on after paying is left to the embedding app',
  },
  SigneeList: { note: 'not shown in summaries (`summaryTitle` unused)' },
  SigningDocumentList: { note: 'not shown in summaries (`summaryTitle` unused)' },
  SigningActions: { note: 'no choice of which of several organisations to sign for' },
  AddToList: {
    note: 'nested object or array properties get no field; rows are not edited here (pair it with SimpleTable); `shortName`, `tableTitle` and summary texts unused',
  },
  Datepicker: { note: 'the calendar has no week numbers' },
  CustomButton: { note: 'per-action `validation` is not run before the action' },
};
