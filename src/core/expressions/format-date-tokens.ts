import { dayPeriodName, eraName, monthName, weekdayName } from './date-token-names.ts';

type TokenFormatter = (date: Date, locale: string) => string;

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const hour12 = (date: Date) => date.getHours() % 12 || 12;

/**
 * The supported Unicode date-field patterns (a subset of UTS #35). Numeric fields come from the
 * local-time getters; names from fixed nb/nn/en tables, else Intl, so every language is covered.
 */
export const TOKEN_FORMATTERS: Readonly<Record<string, TokenFormatter>> = {
  G: (d, l) => eraName(d, l, 'short'),
  GG: (d, l) => eraName(d, l, 'short'),
  GGG: (d, l) => eraName(d, l, 'short'),
  GGGG: (d, l) => eraName(d, l, 'long'),
  GGGGG: (d, l) => eraName(d, l, 'narrow'),
  y: (d) => String(d.getFullYear()),
  yy: (d) => pad(d.getFullYear() % 100, 2),
  yyy: (d) => pad(d.getFullYear(), 3),
  yyyy: (d) => pad(d.getFullYear(), 4),
  M: (d) => String(d.getMonth() + 1),
  MM: (d) => pad(d.getMonth() + 1, 2),
  MMM: (d, l) => monthName(d, l, 'short'),
  MMMM: (d, l) => monthName(d, l, 'long'),
  MMMMM: (d, l) => monthName(d, l, 'narrow'),
  d: (d) => String(d.getDate()),
  dd: (d) => pad(d.getDate(), 2),
  E: (d, l) => weekdayName(d, l, 'short'),
  EE: (d, l) => weekdayName(d, l, 'short'),
  EEE: (d, l) => weekdayName(d, l, 'short'),
  EEEE: (d, l) => weekdayName(d, l, 'long'),
  EEEEE: (d, l) => weekdayName(d, l, 'narrow'),
  a: (d, l) => dayPeriodName(d, l, 'abbreviated'),
  aa: (d, l) => dayPeriodName(d, l, 'abbreviated'),
  aaa: (d, l) => dayPeriodName(d, l, 'abbreviated'),
  aaaa: (d, l) => dayPeriodName(d, l, 'wide'),
  aaaaa: (d, l) => dayPeriodName(d, l, 'narrow'),
  h: (d) => String(hour12(d)),
  hh: (d) => pad(hour12(d), 2),
  H: (d) => String(d.getHours()),
  HH: (d) => pad(d.getHours(), 2),
  m: (d) => String(d.getMinutes()),
  mm: (d) => pad(d.getMinutes(), 2),
  s: (d) => String(d.getSeconds()),
  ss: (d) => pad(d.getSeconds(), 2),
  S: (d) => pad(d.getMilliseconds(), 3).slice(0, 1),
  SS: (d) => pad(d.getMilliseconds(), 3).slice(0, 2),
  SSS: (d) => pad(d.getMilliseconds(), 3),
};

/** `u…` is the extended year: any length, zero-padded to the token length. */
export function formatToken(token: string, date: Date, locale: string): string | undefined {
  if (/^u+$/.test(token)) return pad(date.getFullYear(), token.length);
  return TOKEN_FORMATTERS[token]?.(date, locale);
}
