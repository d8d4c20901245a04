/**
 * Localised names (eras, months, weekdays, day periods) via Intl, read in the runtime's local
 * timezone like the numeric fields. Norwegian short names come with a trailing abbreviation dot
 * ("lør.") that the reference output omits, so it is dropped for weekdays and months.
 */
type NamePart = 'era' | 'month' | 'weekday' | 'dayPeriod';

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

export function eraName(date: Date, locale: string, width: 'short' | 'long' | 'narrow'): string {
  return part(date, locale, 'era', { era: width, year: 'numeric' });
}

export function monthName(date: Date, locale: string, width: 'short' | 'long' | 'narrow'): string {
  const name = part(date, locale, 'month', { month: width });
  return width === 'short' ? withoutDot(name) : name;
}

export function weekdayName(date: Date, locale: string, width: 'short' | 'long' | 'narrow'): string {
  const name = part(date, locale, 'weekday', { weekday: width });
  return width === 'short' ? withoutDot(name) : name;
}

export type DayPeriodWidth = 'abbreviated' | 'wide' | 'narrow';

/**
 * AM/PM in the three languages Altinn apps are written in, as CLDR has them, fixed here because
 * browsers ship different ICU data (a reduced set may lack Nynorsk) and the reference gives the
 * same words everywhere. Other languages ask Intl, which only knows the abbreviated form.
 */
const DAY_PERIODS: Readonly<Record<string, Readonly<Record<DayPeriodWidth, readonly [string, string]>>>> = {
  nb: { abbreviated: ['a.m.', 'p.m.'], wide: ['a.m.', 'p.m.'], narrow: ['a', 'p'] },
  nn: { abbreviated: ['f.m.', 'e.m.'], wide: ['formiddag', 'ettermiddag'], narrow: ['f.m.', 'e.m.'] },
  en: { abbreviated: ['AM', 'PM'], wide: ['AM', 'PM'], narrow: ['a', 'p'] },
};
// "no" is the macrolanguage apps sometimes name; its texts are Bokmål.
const DAY_PERIOD_LANGUAGE: Readonly<Record<string, string>> = { nb: 'nb', no: 'nb', nn: 'nn', en: 'en' };

export function dayPeriodName(date: Date, locale: string, width: DayPeriodWidth = 'abbreviated'): string {
  const language = DAY_PERIOD_LANGUAGE[locale.split('-')[0].toLowerCase()];
  if (language) return DAY_PERIODS[language][width][date.getHours() < 12 ? 0 : 1];
  return part(date, locale, 'dayPeriod', { hour: 'numeric', hour12: true });
}
