import { ExpressionRuntimeError } from './errors.ts';
import type { ExprDate, ExprTimezone } from './expr-date.ts';

// The accepted ISO-8601 subset: a full date, optionally a time with optional seconds/fraction,
// optionally `Z` or a ±HH:MM offset. As in RFC 3339 the letters T and Z may be written in lower
// case (`2023-10-30t14:54:00z`). `\d` is ASCII-only without the `u` flag's Unicode classes, but we
// spell out [0-9] so non-ASCII digits can never slip through.
const ISO =
  /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[Tt ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,9}))?)?([Zz]|[+-][0-9]{2}:[0-9]{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function fail(text: string, reason: string): never {
  throw new ExpressionRuntimeError(`Unable to parse date "${text}": ${reason}`);
}

function parseTimezone(text: string, tz: string | undefined): ExprTimezone | null {
  if (tz === undefined) return { kind: 'local' };
  if (tz === 'Z' || tz === 'z') return { kind: 'offset', minutes: 0 };
  const hours = Number(tz.slice(1, 3));
  const minutes = Number(tz.slice(4, 6));
  if (hours >= 24 || minutes >= 60) fail(text, 'Format was recognized, but the date/time is invalid');
  const sign = tz.startsWith('-') ? -1 : 1;
  return { kind: 'offset', minutes: sign * (hours * 60 + minutes) };
}

/** Strict parse (§3.2 "date"); the empty string means "no date". */
export function parseDate(text: string): ExprDate | null {
  if (text === '') return null;
  const match = ISO.exec(text);
  if (!match) fail(text, 'Unknown format');
  const [, y, mo, d, h, mi, s, fraction, tz] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const invalid =
    month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59;
  if (invalid) fail(text, 'Format was recognized, but the date/time is invalid');
  // Precision beyond milliseconds is cut, not rounded, so "…06.2839" stays at 283 ms.
  const millisecond = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  const timezone = parseTimezone(text, tz) ?? { kind: 'local' };
  return { year, month, day, hour, minute, second, millisecond, timezone };
}
