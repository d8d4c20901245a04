import type { ExpressionIssue } from '../evaluate-types.ts';

/**
 * Some arguments name things the host must resolve before evaluation (component ids, data types,
 * code lists), so they have to be written as literal strings; null is left to the runtime check.
 */
export function literalStringArg(
  rawArgs: readonly unknown[],
  index: number,
  pointer: string,
  message: string,
): ExpressionIssue[] {
  const arg = rawArgs[index];
  if (arg === undefined || arg === null || typeof arg === 'string') return [];
  return [{ message, pointer: `${pointer}/${index + 1}` }];
}
