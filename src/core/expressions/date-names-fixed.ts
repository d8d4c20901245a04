/**
 * Date names in the three languages Altinn apps are written in (CLDR data, as the reference
 * prints them), so `formatDate` says the same in every runtime. Browsers ship different locale
 * data: Chromium has no Nynorsk at all and would print "Saturday" for `EEEE` in an nn app.
 */
export type NameWidth = 'short' | 'long' | 'narrow';
export type DayPeriodWidth = 'abbreviated' | 'wide' | 'narrow';

export interface FixedDateNames {
  /** January first. */
  readonly months: Readonly<Record<NameWidth, readonly string[]>>;
  /** Sunday first, as `Date#getDay` counts. */
  readonly weekdays: Readonly<Record<NameWidth, readonly string[]>>;
  /** Before and after Christ. */
  readonly eras: Readonly<Record<NameWidth, readonly [string, string]>>;
  /** AM and PM. */
  readonly dayPeriods: Readonly<Record<DayPeriodWidth, readonly [string, string]>>;
  /** The short date style (`formatDate` without a pattern), as a pattern. */
  readonly shortDate: string;
}

const NARROW_MONTHS = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'];
const NORWEGIAN_MONTHS = {
  long: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  short: ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'],
  narrow: NARROW_MONTHS,
};
const NORWEGIAN_ERAS = {
  short: ['f.Kr.', 'e.Kr.'],
  long: ['før Kristus', 'etter Kristus'],
  narrow: ['f.Kr.', 'e.Kr.'],
} as const;

const nb: FixedDateNames = {
  months: NORWEGIAN_MONTHS,
  weekdays: {
    long: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
    short: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
    narrow: ['S', 'M', 'T', 'O', 'T', 'F', 'L'],
  },
  eras: NORWEGIAN_ERAS,
  dayPeriods: { abbreviated: ['a.m.', 'p.m.'], wide: ['a.m.', 'p.m.'], narrow: ['a', 'p'] },
  shortDate: 'dd.MM.yyyy',
};

const nn: FixedDateNames = {
  months: NORWEGIAN_MONTHS,
  weekdays: {
    long: ['søndag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'],
    short: ['søn', 'mån', 'tys', 'ons', 'tor', 'fre', 'lau'],
    narrow: ['S', 'M', 'T', 'O', 'T', 'F', 'L'],
  },
  eras: NORWEGIAN_ERAS,
  dayPeriods: { abbreviated: ['f.m.', 'e.m.'], wide: ['formiddag', 'ettermiddag'], narrow: ['f.m.', 'e.m.'] },
  shortDate: 'dd.MM.yyyy',
};

const en: FixedDateNames = {
  months: {
    long: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    narrow: NARROW_MONTHS,
  },
  weekdays: {
    long: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    short: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    narrow: ['S', 'M', 'T', 'W', 'T', 'F', 'S'],
  },
  eras: { short: ['BC', 'AD'], long: ['Before Christ', 'Anno Domini'], narrow: ['B', 'A'] },
  dayPeriods: { abbreviated: ['AM', 'PM'], wide: ['AM', 'PM'], narrow: ['a', 'p'] },
  shortDate: 'M/d/yy',
};

// "no" is the macrolanguage apps sometimes name; its texts are Bokmål.
const BY_LANGUAGE: Readonly<Record<string, FixedDateNames>> = { nb, no: nb, nn, en };

/** The fixed names of a locale's language (`nn-NO` → nn), or undefined for other languages. */
export function fixedDateNames(locale: string): FixedDateNames | undefined {
  return BY_LANGUAGE[locale.split('-')[0].toLowerCase()];
}

/**
 * The fixed short date pattern, only for the bare language codes: a region (`en-GB`) may order
 * the date differently, which Intl knows.
 */
export function fixedShortDate(locale: string): string | undefined {
  return BY_LANGUAGE[locale.toLowerCase()]?.shortDate;
}
