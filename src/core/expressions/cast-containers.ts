import { describeValue } from './describe-value.ts';
import { ExpressionRuntimeError } from './errors.ts';
import { toValue } from './to-value.ts';
import type { ExprList, ExprObject } from './types.ts';

/** Lists are never made from other values: a string or number is not a list of one. */
export function castToList(raw: unknown): ExprList | null {
  const value = toValue(raw);
  if (value === null || Array.isArray(value)) return value as ExprList | null;
  throw new ExpressionRuntimeError(`Expected list, got value ${describeValue(value)}`);
}

export function castToObject(raw: unknown): ExprObject | null {
  const value = toValue(raw);
  if (value === null || (typeof value === 'object' && !Array.isArray(value))) return value as ExprObject | null;
  throw new ExpressionRuntimeError(`Expected object, got value ${describeValue(value)}`);
}
