import { describe, expect, it } from 'vitest';
import {
  decimalAdd,
  decimalDivide,
  decimalFromNumber,
  decimalMultiply,
  decimalSubtract,
  decimalToNumber,
} from '../../../src/core/expressions/decimal.ts';
import { roundHalfAwayFromZero } from '../../../src/core/expressions/round-decimal.ts';

const d = decimalFromNumber;

describe('decimal arithmetic', () => {
  it('adds and subtracts without binary noise', () => {
    expect(decimalToNumber(decimalAdd(d(0.1), d(0.2)))).toBe(0.3);
    expect(decimalToNumber(decimalSubtract(d(0.3), d(0.1)))).toBe(0.2);
    expect(decimalToNumber(decimalAdd(d(1e-7), d(2e-7)))).toBe(3e-7);
    expect(decimalToNumber(decimalSubtract(d(-0.1), d(-0.2)))).toBe(0.1);
  });

  it('multiplies exactly', () => {
    expect(decimalToNumber(decimalMultiply(d(0.1), d(0.2)))).toBe(0.02);
    expect(decimalToNumber(decimalMultiply(d(-5.55), d(6.66)))).toBe(-36.963);
    expect(decimalToNumber(decimalMultiply(d(1e21), d(1e-21)))).toBe(1);
  });

  it('divides with enough precision for a correctly rounded double', () => {
    expect(decimalToNumber(decimalDivide(d(0.3), d(0.1)))).toBe(3);
    expect(decimalToNumber(decimalDivide(d(1), d(3)))).toBe(1 / 3);
    expect(decimalToNumber(decimalDivide(d(-2), d(3)))).toBe(-2 / 3);
    expect(decimalToNumber(decimalDivide(d(1e-8), d(0.0001)))).toBe(0.0001);
    expect(decimalToNumber(decimalDivide(d(0), d(7)))).toBe(0);
  });

  it('reads numbers in exponent notation', () => {
    expect(d(1.5e-7)).toEqual({ coefficient: 15n, exponent: -8 });
    expect(d(2e21)).toEqual({ coefficient: 2n, exponent: 21 });
    expect(d(-12.5)).toEqual({ coefficient: -125n, exponent: -1 });
  });
});

describe('roundHalfAwayFromZero', () => {
  it.each([
    [3.2199999, 2, '3.22'],
    [2.9999, 0, '3'],
    [1.005, 2, '1.01'],
    [2.5, 0, '3'],
    [-2.5, 0, '-3'],
    [-0.4, 0, '0'],
    [0, 2, '0.00'],
    [5, 3, '5.000'],
    [0.05, 1, '0.1'],
    [123.456, 1, '123.5'],
  ])('%d to %d places is %s', (value, places, expected) => {
    expect(roundHalfAwayFromZero(value, places)).toBe(expected);
  });
});
