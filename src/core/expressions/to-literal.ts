import type { ExprLiteral } from './types.ts';

/**
 * Normalises anything a host or function returned into a scalar: `undefined`, non-finite numbers,
 * objects and arrays become null (the language has no composite values), and so does the string
 * "null" in any case, which the reference treats as a null literal.
 */
export function toLiteral(value: unknown): ExprLiteral {
  if (typeof value === 'string') return value.toLowerCase() === 'null' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  return null;
}
