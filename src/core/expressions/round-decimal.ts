import { decimalFromNumber } from './decimal.ts';

/**
 * `value` with exactly `places` decimals, rounding the decimal the user sees (1.005 → "1.01")
 * rather than its binary approximation, which `Number#toFixed` would round down.
 */
export function roundHalfAwayFromZero(value: number, places: number): string {
  const { coefficient, exponent } = decimalFromNumber(value);
  const negative = coefficient < 0n;
  let magnitude = negative ? -coefficient : coefficient;
  const drop = -exponent - places;
  if (drop > 0) {
    const divisor = 10n ** BigInt(drop);
    const remainder = magnitude % divisor;
    magnitude = magnitude / divisor + (2n * remainder >= divisor ? 1n : 0n);
  } else {
    magnitude *= 10n ** BigInt(-drop);
  }
  const digits = magnitude.toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = places > 0 ? `.${digits.slice(digits.length - places)}` : '';
  // A result that rounds to zero is printed without a sign: "-0" means nothing to a user.
  return `${negative && magnitude !== 0n ? '-' : ''}${whole}${fraction}`;
}
