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

/**
 * What skjema reads of a component's schema properties but does not (fully) act on yet. Everything
 * not listed here is supported; keep this list honest, it is the only hand-written part of the table.
 */
export const LEFT_OUT: Readonly<Record<string, LeftOut>> = {
  Subform: {
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
};
