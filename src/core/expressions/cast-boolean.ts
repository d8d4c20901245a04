import { describeValue } from './describe-value.ts';
import { ExpressionRuntimeError } from './errors.ts';
import { isNumericString } from './number-syntax.ts';
import { toValue } from './to-value.ts';

export function castToBoolean(raw: unknown): boolean | null {
  const value = toValue(raw);
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  // Only exact 1 and 0 count; "1.0" and "0.000" are the same numbers written differently.
  const numeric =
    typeof value === 'number' ? value : typeof value === 'string' && isNumericString(value) ? Number(value) : NaN;
  if (numeric === 1) return true;
  if (numeric === 0) return false;
  throw new ExpressionRuntimeError(`Expected boolean, got value ${describeValue(value)}`);
}
