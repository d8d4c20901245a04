// A page that has `<skjema-form>` (docs/element.md, `<!-- snippet: prelude=element -->`): the
// element's types, which `skjema/element` adds to `document.querySelector('skjema-form')`.
import type {} from 'skjema/element';

declare global {
  /** The page's own way to send the submitted data on. */
  function send(data: unknown): void;
}
