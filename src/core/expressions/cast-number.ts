import { describeValue } from './describe-value.ts';
import { ExpressionRuntimeError } from './errors.ts';
import { isNumericString } from './number-syntax.ts';
import { toValue } from './to-value.ts';

export function castToNumber(raw: unknown): number | null {
  const value = toValue(raw);
  if (value === null) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && isNumericString(value)) {
    const parsed = Number(value);
    if (Number.isFinite(parsed)) return parsed;
  }
  throw new ExpressionRuntimeError(`Expected number, got value ${describeValue(value)}`);
}
