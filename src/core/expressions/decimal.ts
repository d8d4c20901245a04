/**
 * Exact decimal arithmetic for `plus`, `minus`, `multiply` and `divide`, so that 0.1 + 0.2 is 0.3
 * as users expect from a form. A value is `coefficient × 10^exponent` with a BigInt coefficient;
 * numbers enter through their shortest round-trip text (what users typed) and leave through
 * `Number()` of the exact decimal text, i.e. correctly rounded once.
 */
export interface Decimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

// Significant digits kept in quotients; well beyond a double's 17 so the final rounding is the only one.
const DIVISION_DIGITS = 40;

export function decimalFromNumber(value: number): Decimal {
  const [mantissa, exponentText] = String(value).toLowerCase().split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const exponent = Number(exponentText ?? 0) - fraction.length;
  return { coefficient: BigInt(whole + fraction), exponent };
}

export function decimalToNumber(value: Decimal): number {
  return Number(`${value.coefficient}e${value.exponent}`);
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent);
  const scale = (d: Decimal) => d.coefficient * 10n ** BigInt(d.exponent - exponent);
  return [scale(a), scale(b), exponent];
}

export function decimalAdd(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = align(a, b);
  return { coefficient: x + y, exponent };
}

export function decimalSubtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = align(a, b);
  return { coefficient: x - y, exponent };
}

export function decimalMultiply(a: Decimal, b: Decimal): Decimal {
  return { coefficient: a.coefficient * b.coefficient, exponent: a.exponent + b.exponent };
}

function digitCount(value: bigint): number {
  return (value < 0n ? -value : value).toString().length;
}

/** Quotient to DIVISION_DIGITS significant digits, rounded half away from zero; divisor must be non-zero. */
export function decimalDivide(a: Decimal, b: Decimal): Decimal {
  if (a.coefficient === 0n) return { coefficient: 0n, exponent: 0 };
  const shift = Math.max(0, DIVISION_DIGITS - digitCount(a.coefficient) + digitCount(b.coefficient));
  const numerator = a.coefficient * 10n ** BigInt(shift);
  let quotient = numerator / b.coefficient;
  const remainder = numerator % b.coefficient;
  const absolute = (v: bigint) => (v < 0n ? -v : v);
  if (2n * absolute(remainder) >= absolute(b.coefficient)) {
    quotient += numerator < 0n !== b.coefficient < 0n ? -1n : 1n;
  }
  return { coefficient: quotient, exponent: a.exponent - b.exponent - shift };
}
