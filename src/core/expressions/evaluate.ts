import { castTo } from './cast.ts';
import type { ExpressionContext } from './context.ts';
import { describeError } from './describe-error.ts';
import { errorMessage } from './error-message.ts';
import type { EvaluateOptions, EvaluateResult, ExpressionError } from './evaluate-types.ts';
import { LocatedFailure, runExpression } from './run-expression.ts';
import type { ExpectedType, ExpectedTypeMap } from './types.ts';
import { validateExpression } from './validate.ts';

function failure(kind: ExpressionError['kind'], message: string, pointer: string, expr: unknown): ExpressionError {
  return { kind, message, pointer, description: describeError(kind, message, pointer, expr) };
}

/**
 * Validates, runs and casts an expression (or literal) to `options.expected`. Never throws: any
 * problem comes back as `error` together with `options.defaultValue`, as does a null result.
 * The language version is the context's `format` (v9 when it names none).
 */
export function evaluateExpression<T extends ExpectedType, D>(
  expr: unknown,
  context: ExpressionContext,
  options: EvaluateOptions<T, D>,
): EvaluateResult<T, D> {
  const fallback = { value: options.defaultValue };
  const format = context.format ?? 'v9';
  try {
    const issues = validateExpression(expr, options.expected, { format });
    if (issues.length > 0) {
      // One error per expression, as the reference logs it, but naming every problem found: an
      // `if` with a wrong third argument and a wrong count is wrong in both ways.
      const message = issues.map((issue) => issue.message).join('; ');
      return { ...fallback, error: failure('validation', message, issues[0].pointer, expr) };
    }
    const raw = runExpression(expr, '', context, format);
    const value = castTo(options.expected, raw) as ExpectedTypeMap[T] | null;
    return value === null ? fallback : { value };
  } catch (error) {
    const located = error instanceof LocatedFailure ? error : null;
    const message = located?.message ?? errorMessage(error);
    return { ...fallback, error: failure('runtime', message, located?.pointer ?? '', expr) };
  }
}
