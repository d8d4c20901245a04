import type { ExprList, ExprObject, ExprValue } from './types.ts';

function isPlainObject(value: unknown): value is ExprObject {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Normalises anything a host or function returned into a language value: `undefined`, non-finite
 * numbers and the string "null" (any case, which the reference treats as a null literal) become
 * null; JSON arrays and plain objects stay lists and objects; anything else (functions, class
 * instances) is no value at all.
 */
export function toValue(value: unknown): ExprValue {
  if (typeof value === 'string') return value.toLowerCase() === 'null' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value as ExprList;
  if (isPlainObject(value)) return value;
  return null;
}

/** True for lists and objects, which no scalar type can be made from. */
export function isContainer(value: ExprValue): value is ExprList | ExprObject {
  return value !== null && typeof value === 'object';
}
