// A page that has `<skjema-form>` (docs/element.md, `<!-- snippet: prelude=element -->`): the
// element's types, as `skjema/element` declares them for `document.querySelector('skjema-form')`.
/// <reference path="../../../src/element/index.ts" />
/** The page's own way to send the submitted data on. */
declare function send(data: unknown): void;
