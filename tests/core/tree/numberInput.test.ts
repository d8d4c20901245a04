import { describe, expect, it } from 'vitest';
import { decimalMark, editableNumberText, parseNumberText } from '../../../src/core/tree/numberInput.ts';

const separators = { number: { thousandSeparator: '.', decimalSeparator: ',', prefix: 'NOK ', suffix: ' kr' } };

describe('number entry', () => {
  it.each([
    ['1 234,5', { currency: 'NOK' }, 'nb', '1234.5'],
    ['1\u00a0234,50', { currency: 'NOK' }, 'nb', '1234.5'],
    ['1.5', { currency: 'NOK' }, 'nb', '1.5'],
    ['1,234.5', { unit: 'kilogram' }, 'en', '1234.5'],
    ['10.000,25', { currency: 'NOK' }, 'nb', '10000.25'],
    ['NOK 10.000,25 kr', separators, 'nb', '10000.25'],
    ['1.5', separators, 'nb', '15'],
    ['-0012', {}, 'nb', '-12'],
    [',5', {}, 'nb', '0.5'],
    ['7.', {}, 'en', '7'],
    ['-0', {}, 'en', '0'],
  ])('reads %j (%j, %s) as %s', (typed, formatting, language, expected) => {
    expect(parseNumberText(typed, formatting, language)).toBe(expected);
  });

  it.each(['', 'abc', '1,2,3', '1-2', '12 kr 3', '--1'])('returns nothing for %j, which is no number', (typed) => {
    expect(parseNumberText(typed, { currency: 'NOK' }, 'nb')).toBeUndefined();
  });

  it('refuses a negative number where the settings forbid one', () => {
    expect(parseNumberText('-5', { number: { allowNegative: false } }, 'nb')).toBeUndefined();
    expect(parseNumberText('5', { number: { allowNegative: false } }, 'nb')).toBe('5');
  });

  it('gives the stored number back in the notation the user edits', () => {
    expect(decimalMark('nb')).toBe(',');
    expect(decimalMark('en')).toBe('.');
    expect(editableNumberText('1234.5', { currency: 'NOK' }, 'nb')).toBe('1234,5');
    expect(editableNumberText('1234.5', { currency: 'NOK' }, 'en')).toBe('1234.5');
    expect(editableNumberText('1234.5', { number: { decimalSeparator: ';' } }, 'en')).toBe('1234;5');
    expect(editableNumberText('not a number', {}, 'nb')).toBe('not a number');
  });
});
