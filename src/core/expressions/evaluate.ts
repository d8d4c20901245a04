import type { ExpressionContext } from './context.ts';
import type { EvaluateOptions, EvaluateResult } from './evaluate-types.ts';
import type { ExpectedType } from './types.ts';

/** Validates, runs and casts an expression; never throws (errors come back with the default value). */
export function evaluateExpression<T extends ExpectedType, D>(
  _expr: unknown,
  _context: ExpressionContext,
  options: EvaluateOptions<T, D>,
): EvaluateResult<T, D> {
  return { value: options.defaultValue };
}
