/**
 * Accessibility faults of corpus pages that are the app's own (its layout, not skjema's rendering),
 * by `app/layoutSet/page`: the axe rules turned off for that page's story. Each is explained.
 */
export const CORPUS_APP_VIOLATIONS: Readonly<Record<string, readonly string[]>> = {};
