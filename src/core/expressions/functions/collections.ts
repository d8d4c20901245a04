import { castToNumber } from '../cast-number.ts';
import { decimalAdd, decimalDivide, decimalFromNumber, decimalToNumber, type Decimal } from '../decimal.ts';
import { defineFunction, required, rest } from '../define-function.ts';
import type { ExpressionIssue } from '../evaluate-types.ts';
import { ExpressionRuntimeError } from '../errors.ts';
import type { ExprList, ExprValue } from '../types.ts';

/** `["list", a, b, …]`: the evaluated arguments as data; a result that looks like an expression is never run. */
export const list = defineFunction({
  args: [rest('any')],
  returns: 'list',
  since: 'v9',
  impl: (_call, items) => items,
});

const ODD_ARGUMENTS = 'The object function must have an even number of arguments';
const KEYS_NOT_STRINGS = 'Object keys must be strings';
const KEYS_NOT_UNIQUE = 'Object keys must be unique';

// Keys written as literals are checked before running; computed keys only when they are known.
function validateObject(rawArgs: readonly unknown[], pointer: string): ExpressionIssue[] {
  if (rawArgs.length % 2 !== 0) return [{ message: ODD_ARGUMENTS, pointer }];
  const seen = new Set<string>();
  for (let index = 0; index < rawArgs.length; index += 2) {
    const key = rawArgs[index];
    const at = `${pointer}/${index + 1}`;
    if (Array.isArray(key)) continue;
    if (typeof key !== 'string') return [{ message: KEYS_NOT_STRINGS, pointer: at }];
    if (seen.has(key)) return [{ message: KEYS_NOT_UNIQUE, pointer: at }];
    seen.add(key);
  }
  return [];
}

/** `["object", key, value, …]`: string keys, each once; values are any value, lists and objects too. */
export const object = defineFunction({
  args: [rest('any')],
  returns: 'object',
  since: 'v9',
  validate: ({ rawArgs, pointer }) => validateObject(rawArgs, pointer),
  impl: (_call, pairs) => {
    if (pairs.length % 2 !== 0) throw new ExpressionRuntimeError(ODD_ARGUMENTS);
    const entries: [string, ExprValue][] = [];
    const seen = new Set<string>();
    for (let index = 0; index < pairs.length; index += 2) {
      const key = pairs[index];
      if (typeof key !== 'string') throw new ExpressionRuntimeError(KEYS_NOT_STRINGS);
      if (seen.has(key)) throw new ExpressionRuntimeError(KEYS_NOT_UNIQUE);
      seen.add(key);
      entries.push([key, pairs[index + 1]]);
    }
    // fromEntries defines own properties, so even a key like "__proto__" is plain data.
    return Object.fromEntries(entries);
  },
});

/** The items as exact decimals: null counts as 0, numeric strings are numbers, anything else fails. */
function decimalsOf(items: ExprList): Decimal[] {
  return items.map((item) => decimalFromNumber(castToNumber(item) ?? 0));
}

const total = (values: readonly Decimal[]): Decimal =>
  values.reduce((sum, value) => decimalAdd(sum, value), { coefficient: 0n, exponent: 0 });

/** `["sum", list]`: exact decimal sum (0.1 + 0.2 is 0.3); an empty list sums to 0. */
export const sum = defineFunction({
  args: [required('list', false)],
  returns: 'number',
  since: 'v9',
  impl: (_call, items) => decimalToNumber(total(decimalsOf(items))),
});

/** `["average", list, whenEmpty]`: the mean with nulls counted as 0; an empty list gives `whenEmpty`. */
export const average = defineFunction({
  args: [required('list', false), required('number')],
  returns: 'number',
  since: 'v9',
  impl: (_call, items, whenEmpty) => {
    if (items.length === 0) return whenEmpty;
    const count = decimalFromNumber(items.length);
    return decimalToNumber(decimalDivide(total(decimalsOf(items)), count));
  },
});

/** `["count", list]`: the number of items, nulls included and nested lists counted once. */
export const count = defineFunction({
  args: [required('list', false)],
  returns: 'number',
  since: 'v9',
  impl: (_call, items) => items.length,
});
