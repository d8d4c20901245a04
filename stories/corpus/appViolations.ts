/**
 * Accessibility faults of corpus pages that are the app's own (its layout, not skjema's rendering),
 * by `app/layoutSet/page`: the axe rules turned off for that page's story. Each is explained.
 */
export const CORPUS_APP_VIOLATIONS: Readonly<Record<string, readonly string[]>> = {
  // Inputs with no title (no textResourceBindings at all): no label to give them.
  'designer-app-with-summary2-components/component/Side2': ['label'],
  'designer-app-with-summary2-components/layout/Side2': ['label'],
  'designer-app-with-summary2-components/layoutSet/Side2': ['label'],
  'designer-app-with-summary2-components/component2/Side1': ['label'],
  'designer-app-with-summary2-components/layout2/Side1': ['label'],
  'designer-app-with-summary2-components/layoutSet2/Side1': ['label'],
  // Inputs "name", "hiddenPage" and "hiddenPageNotRemove" with no title.
  'tdd-contributer-restriction/default/page': ['label'],
  'tdd-contributer-restriction/default/hidden_page': ['label'],
};
