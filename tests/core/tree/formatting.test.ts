import { describe, expect, it } from 'vitest';
import {
  formatDateText,
  formatLocationText,
  formatNumberText,
  formatTimeText,
} from '../../../src/core/tree/formatting.ts';

describe('display formatting', () => {
  it('formats stored dates with Unicode and legacy moment-style patterns', () => {
    expect(formatDateText('2023-07-21', 'dd.MM.yyyy')).toBe('21.07.2023');
    expect(formatDateText('2023-07-21T10:05:00Z', 'DD/MM/YYYY HH:mm')).toBe('21/07/2023 10:05');
    expect(formatDateText('2023-07-01', 'd. MMMM yyyy', 'en')).toBe('1. July 2023');
    expect(formatDateText('not a date', 'dd.MM.yyyy')).toBe('not a date');
  });

  it('formats numbers with the number formatting settings', () => {
    const number = { number: { thousandSeparator: ' ', decimalSeparator: ',', prefix: 'kr ', decimalScale: 2 } };
    expect(formatNumberText('1234567.891', number, 'nb')).toBe('kr 1 234 567,89');
    expect(formatNumberText('120', { number: { suffix: ' 000 NOK' } }, 'nb')).toBe('120 000 NOK');
    expect(formatNumberText('abc', number, 'nb')).toBe('abc');
  });

  it('formats times and map locations', () => {
    expect(formatTimeText('14:30', 'hh:mm a')).toBe('02:30 PM');
    expect(formatTimeText('09:05:07', 'HH:mm:ss')).toBe('09:05:07');
    expect(formatLocationText('59.91,10.75')).toBe('59.91, 10.75');
    expect(formatLocationText('nowhere')).toBe('');
  });
});
