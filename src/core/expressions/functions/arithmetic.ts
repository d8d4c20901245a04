import {
  decimalAdd,
  decimalDivide,
  decimalFromNumber,
  decimalMultiply,
  decimalSubtract,
  decimalToNumber,
} from '../decimal.ts';
import { defineFunction, optional, required, rest } from '../define-function.ts';
import { ExpressionRuntimeError } from '../errors.ts';
import { roundHalfAwayFromZero } from '../round-decimal.ts';

const dec = (value: number | null) => decimalFromNumber(value ?? 0);

export const plus = defineFunction({
  args: [required('number'), rest('number')],
  returns: 'number',
  impl: (_call, first, others) => decimalToNumber(others.reduce((sum, n) => decimalAdd(sum, dec(n)), dec(first))),
});

export const minus = defineFunction({
  args: [required('number'), required('number')],
  returns: 'number',
  impl: (_call, a, b) => decimalToNumber(decimalSubtract(dec(a), dec(b))),
});

export const multiply = defineFunction({
  args: [required('number'), rest('number')],
  returns: 'number',
  impl: (_call, first, others) =>
    decimalToNumber(others.reduce((product, n) => decimalMultiply(product, dec(n)), dec(first))),
});

export const divide = defineFunction({
  args: [required('number'), required('number')],
  returns: 'number',
  impl: (_call, a, b) => {
    if (b === null || b === 0) throw new ExpressionRuntimeError('The second argument is 0, cannot divide by 0');
    return decimalToNumber(decimalDivide(dec(a), dec(b)));
  },
});

export const round = defineFunction({
  args: [required('number'), optional('number')],
  returns: 'string',
  impl: (_call, value, decimals) => {
    const places = decimals ?? 0;
    if (!Number.isInteger(places) || places < 0 || places > 100) {
      throw new ExpressionRuntimeError(`Number of decimals must be an integer between 0 and 100, got ${places}`);
    }
    return roundHalfAwayFromZero(value ?? 0, places);
  },
});
