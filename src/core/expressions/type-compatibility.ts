import type { ExprType } from './types.ts';

/** A statically known type: a declared type, or `null` for the literal null. */
export type StaticType = ExprType | 'null';

/**
 * Which statically known types a parameter can receive. Strings and numbers may still fail at
 * runtime (`"abc"` as a number), but booleans can never become dates, and no scalar becomes a
 * list or an object (nor the other way round), so those mismatches are reported before running.
 * What a function returns as `any` (`dataModel`, `if`) is only checked at runtime.
 */
const ACCEPTS: Readonly<Record<ExprType, readonly ExprType[]>> = {
  boolean: ['boolean', 'string', 'number', 'any'],
  string: ['boolean', 'string', 'number', 'date', 'any'],
  number: ['boolean', 'string', 'number', 'any'],
  date: ['string', 'number', 'date', 'any'],
  list: ['list', 'any'],
  object: ['object', 'any'],
  any: ['boolean', 'string', 'number', 'date', 'list', 'object', 'any'],
};

/** Whether a parameter (or result) of type `expected` takes `actual`; null only where nullable. */
export function accepts(expected: ExprType, actual: StaticType, nullable = true): boolean {
  if (actual === 'null') return nullable;
  return ACCEPTS[expected].includes(actual);
}
