import { describeValue } from './describe-value.ts';
import { ExpressionRuntimeError } from './errors.ts';
import { isExprDate, type ExprDate } from './expr-date.ts';
import { parseDate } from './parse-date.ts';
import { toValue } from './to-value.ts';

export function castToDate(raw: unknown): ExprDate | null {
  if (isExprDate(raw)) return raw;
  const value = toValue(raw);
  if (value === null) return null;
  if (typeof value === 'string') return parseDate(value);
  if (typeof value === 'number') return parseDate(String(value));
  throw new ExpressionRuntimeError(`Expected date, got value ${describeValue(value)}`);
}
