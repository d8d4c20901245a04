import { fixedDateNames, type DayPeriodWidth, type NameWidth } from './date-names-fixed.ts';

/**
 * Localised names (eras, months, weekdays, day periods), read in the runtime's local timezone
 * like the numeric fields: from the fixed nb/nn/en tables, else from Intl. Norwegian short names
 * from Intl come with a trailing abbreviation dot ("lør.") that the reference output omits, so it
 * is dropped for weekdays and months.
 */
type NamePart = 'era' | 'month' | 'weekday' | 'dayPeriod';

export type { DayPeriodWidth, NameWidth };

// Building an Intl formatter costs far more than using one, and forms format the same few patterns.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

function part(date: Date, locale: string, type: NamePart, options: Intl.DateTimeFormatOptions): string {
  const parts = formatter(locale, options).formatToParts(date);
  return parts.find((p) => p.type === type)?.value ?? '';
}

const withoutDot = (text: string) => text.replace(/\.$/, '');

export function eraName(date: Date, locale: string, width: NameWidth): string {
  const fixed = fixedDateNames(locale);
  // Year 0 of a JS date is 1 BC.
  if (fixed) return fixed.eras[width][date.getFullYear() > 0 ? 1 : 0];
  return part(date, locale, 'era', { era: width, year: 'numeric' });
}

export function monthName(date: Date, locale: string, width: NameWidth): string {
  const fixed = fixedDateNames(locale);
  if (fixed) return fixed.months[width][date.getMonth()];
  const name = part(date, locale, 'month', { month: width });
  return width === 'short' ? withoutDot(name) : name;
}

export function weekdayName(date: Date, locale: string, width: NameWidth): string {
  const fixed = fixedDateNames(locale);
  if (fixed) return fixed.weekdays[width][date.getDay()];
  const name = part(date, locale, 'weekday', { weekday: width });
  return width === 'short' ? withoutDot(name) : name;
}

/** AM/PM; Intl only knows the abbreviated form, so other languages get that for every width. */
export function dayPeriodName(date: Date, locale: string, width: DayPeriodWidth = 'abbreviated'): string {
  const fixed = fixedDateNames(locale);
  if (fixed) return fixed.dayPeriods[width][date.getHours() < 12 ? 0 : 1];
  return part(date, locale, 'dayPeriod', { hour: 'numeric', hour12: true });
}
