import type { ExpressionIssue } from './evaluate-types.ts';
import type { ExpectedType } from './types.ts';

/** Static checks (§3.3 "static validation"); an empty list means the expression may be evaluated. */
export function validateExpression(_expr: unknown, _expectedType: ExpectedType = 'any'): ExpressionIssue[] {
  return [];
}
