import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core/expressions/parse-date.ts';

describe('parseDate', () => {
  it('reads dates, times, fractions and timezones', () => {
    expect(parseDate('2020-02-29')).toEqual({
      year: 2020,
      month: 2,
      day: 29,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0,
      timezone: { kind: 'local' },
    });
    expect(parseDate('2020-01-01 05:08')).toMatchObject({ hour: 5, minute: 8, second: 0 });
    expect(parseDate('1963-06-19T08:30:06.283185Z')).toMatchObject({
      millisecond: 283,
      timezone: { kind: 'offset', minutes: 0 },
    });
    expect(parseDate('2020-01-01T12:00:00-01:30')).toMatchObject({ timezone: { kind: 'offset', minutes: -90 } });
    expect(parseDate('2020-01-01T12:00:00.5+00:00')).toMatchObject({ millisecond: 500 });
  });

  it('reads the T separator and the Z zone in either case, as RFC 3339 allows', () => {
    const upper = parseDate('1963-06-19T08:30:06.283185Z');
    expect(parseDate('1963-06-19t08:30:06.283185z')).toEqual(upper);
    expect(parseDate('1963-06-19t08:30:06Z')).toMatchObject({
      hour: 8,
      second: 6,
      timezone: { kind: 'offset', minutes: 0 },
    });
    expect(parseDate('1963-06-19T08:30z')).toMatchObject({ minute: 30, timezone: { kind: 'offset', minutes: 0 } });
  });

  it('treats the empty string as no date', () => {
    expect(parseDate('')).toBeNull();
  });

  it.each([
    '2020',
    '20230328',
    '2023-W13-2',
    '2013-350T01:01:01',
    '1998-1-20',
    '2023-01-01-08:00',
    '2020-01-01T0৪:00',
    '2020-01-0৪',
    // Only the two letters RFC 3339 names may change case; other letters never were allowed.
    '2020-01-01X10:00',
    '2020-01-01T10:00:00+01:00z',
    '2020-01-01T10:00:00 Z',
  ])('rejects %s as an unknown format', (text) => {
    expect(() => parseDate(text)).toThrow(`Unable to parse date "${text}": Unknown format`);
  });

  it.each([
    '2021-02-29',
    '2020-13-01',
    '2020-04-31',
    '1998-12-31T23:59:60Z',
    '2020-01-01T24:00',
    '2020-01-01T10:00+24:00',
  ])('rejects %s as an invalid date/time', (text) => {
    expect(() => parseDate(text)).toThrow('Format was recognized, but the date/time is invalid');
  });
});
