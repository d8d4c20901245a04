/**
 * Display formatting for values shown as text: numbers with the `formatting` settings of Input and
 * Number (react-number-format style), and dates with Unicode-ish patterns (`dd.MM.yyyy`).
 */
export interface NumberFormatting {
  readonly prefix?: string;
  readonly suffix?: string;
  readonly thousandSeparator?: string | boolean;
  readonly decimalSeparator?: string;
  readonly decimalScale?: number;
  readonly fixedDecimalScale?: boolean;
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

export function formatNumberText(raw: string, formatting: unknown, language: string): string {
  if (formatting === null || typeof formatting !== 'object') return raw;
  const settings = formatting as { number?: NumberFormatting; currency?: unknown; unit?: unknown };
  const trimmed = raw.trim();
  if (!NUMERIC.test(trimmed)) return raw;
  if (typeof settings.currency === 'string') {
    return new Intl.NumberFormat(language, { style: 'currency', currency: settings.currency }).format(Number(trimmed));
  }
  if (typeof settings.unit === 'string') {
    return new Intl.NumberFormat(language, { style: 'unit', unit: settings.unit }).format(Number(trimmed));
  }
  const number = settings.number;
  if (!number) return raw;
  let [integer, fraction] = trimmed.split('.');
  if (typeof number.decimalScale === 'number') {
    fraction = (fraction ?? '').slice(0, number.decimalScale);
    if (number.fixedDecimalScale) fraction = fraction.padEnd(number.decimalScale, '0');
  }
  const separator =
    number.thousandSeparator === true
      ? ','
      : typeof number.thousandSeparator === 'string'
        ? number.thousandSeparator
        : '';
  if (separator) {
    const negative = integer.startsWith('-');
    const digits = negative ? integer.slice(1) : integer;
    integer = (negative ? '-' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  }
  const body = fraction ? `${integer}${number.decimalSeparator ?? '.'}${fraction}` : integer;
  return `${number.prefix ?? ''}${body}${number.suffix ?? ''}`;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** Formats the literal date/time written in an ISO string; moment-style `DD`/`YYYY` are accepted too. */
export function formatDateText(raw: string, pattern: string, language = 'nb'): string {
  const match = DATE_TIME.exec(raw.trim());
  if (!match) return raw;
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match;
  const unicode = pattern.replace(/D/g, 'd').replace(/Y/g, 'y');
  return unicode.replace(/y+|M+|d+|H+|m+|s+/g, (token) => {
    switch (token[0]) {
      case 'y':
        return token.length === 2 ? year.slice(2) : year;
      case 'M':
        if (token.length >= 3)
          return monthName(Number(year), Number(month), token.length === 3 ? 'short' : 'long', language);
        return token.length === 1 ? String(Number(month)) : month;
      case 'd':
        return token.length === 1 ? String(Number(day)) : day;
      case 'H':
        return token.length === 1 ? String(Number(hour)) : hour;
      case 'm':
        return minute;
      default:
        return second;
    }
  });
}

function monthName(year: number, month: number, width: 'short' | 'long', language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { month: width, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
  } catch {
    return String(month).padStart(2, '0');
  }
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/;

/** Formats a stored `HH:mm[:ss]` time with a TimePicker format (`HH:mm`, `hh:mm a`, …). */
export function formatTimeText(raw: string, pattern: string): string {
  const match = TIME.exec(raw.trim());
  if (!match) return raw;
  const hours = Number(match[1]);
  const minute = match[2];
  const second = match[3] ?? '00';
  return pattern.replace(/HH|hh|mm|ss|a/g, (token) => {
    switch (token) {
      case 'HH':
        return String(hours).padStart(2, '0');
      case 'hh':
        return String(hours % 12 === 0 ? 12 : hours % 12).padStart(2, '0');
      case 'mm':
        return minute;
      case 'ss':
        return second;
      default:
        return hours < 12 ? 'AM' : 'PM';
    }
  });
}

/** A Map marker stored as `"lat,lon"` reads as `lat, lon`; anything else shows nothing. */
export function formatLocationText(raw: string): string {
  const parts = raw.split(',').map((part) => part.trim());
  if (parts.length !== 2 || parts.some((part) => part === '' || !Number.isFinite(Number(part)))) return '';
  return `${Number(parts[0])}, ${Number(parts[1])}`;
}
