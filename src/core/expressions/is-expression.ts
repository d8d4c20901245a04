import { isFunctionName } from './function-names.ts';
import type { Expression } from './types.ts';

/**
 * True when `value` should be evaluated rather than used as a literal: a non-empty array whose
 * first element is a known function name (§3.1). Arguments are not checked here; that is
 * `validateExpression`'s job, so a malformed call still counts as an (invalid) expression.
 */
export function isExpression(value: unknown): value is Expression {
  return Array.isArray(value) && value.length > 0 && isFunctionName(value[0]);
}
