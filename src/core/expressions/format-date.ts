import { fixedShortDate } from './date-names-fixed.ts';
import { ExpressionRuntimeError } from './errors.ts';
import { toJsDate, type ExprDate } from './expr-date.ts';
import { formatToken } from './format-date-tokens.ts';

// A token is a run of one repeated letter or digit; everything else is copied through.
const PIECES = /([A-Za-z0-9])\1*|[^A-Za-z0-9]+/g;

/** Formats a date for `formatDate`; without a pattern the language's short date style is used. */
export function formatDate(date: ExprDate, pattern: string | null | undefined, locale: string): string {
  const jsDate = toJsDate(date);
  const effective = pattern || fixedShortDate(locale);
  if (!effective) return new Intl.DateTimeFormat(locale, { dateStyle: 'short' }).format(jsDate);
  let out = '';
  for (const [piece] of effective.matchAll(PIECES)) {
    if (!/^[A-Za-z0-9]/.test(piece)) {
      out += piece;
      continue;
    }
    const formatted = formatToken(piece, jsDate, locale);
    if (formatted === undefined) throw new ExpressionRuntimeError(`Unsupported date format token "${piece}"`);
    out += formatted;
  }
  return out;
}
