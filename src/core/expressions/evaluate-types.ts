import type { ExpectedType, ExpectedTypeMap, ExprPointer } from './types.ts';

/** One problem found in an expression, statically or while running it. */
export interface ExpressionIssue {
  /** Reference message, e.g. `Expected 2 argument(s), got 0`. */
  readonly message: string;
  /** JSON pointer to the offending sub-expression (`''` = the whole expression). */
  readonly pointer: ExprPointer;
}

export interface ExpressionError extends ExpressionIssue {
  /** `validation` = rejected before running; `runtime` = failed while running. */
  readonly kind: 'validation' | 'runtime';
  /** One-line human description: message, pointer and the offending sub-expression. */
  readonly description: string;
}

export interface EvaluateOptions<T extends ExpectedType, D> {
  /** Type the result is cast to; `any` keeps whatever scalar the expression produced. */
  readonly expected: T;
  /** Returned when the expression fails or yields null. */
  readonly defaultValue: D;
}

export interface EvaluateResult<T extends ExpectedType, D> {
  readonly value: ExpectedTypeMap[T] | D;
  readonly error?: ExpressionError;
}
