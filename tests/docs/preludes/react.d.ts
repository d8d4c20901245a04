// The components of `skjema`, for snippets in docs other helpers own that show them without the
// import line (`<!-- snippet: prelude=react -->`).
declare const SkjemaForm: typeof import('skjema').SkjemaForm;
declare const AltinnApp: typeof import('skjema').AltinnApp;
