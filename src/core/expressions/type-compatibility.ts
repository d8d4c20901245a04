import type { ExprType } from './types.ts';

/**
 * Which statically known types a parameter can receive. Strings and numbers may still fail at
 * runtime (`"abc"` as a number), but booleans can never become dates, so that is the one mismatch
 * reported before running.
 */
const ACCEPTS: Readonly<Record<ExprType, readonly ExprType[]>> = {
  boolean: ['boolean', 'string', 'number', 'any'],
  string: ['boolean', 'string', 'number', 'date', 'any'],
  number: ['boolean', 'string', 'number', 'any'],
  date: ['string', 'number', 'date', 'any'],
  any: ['boolean', 'string', 'number', 'date', 'any'],
};

export function accepts(expected: ExprType, actual: ExprType): boolean {
  return ACCEPTS[expected].includes(actual);
}
