import type { ExpressionContext } from './context.ts';
import { ExpressionRuntimeError } from './errors.ts';

/**
 * The host method behind a function, or a runtime error naming the function when the host does
 * not provide it; keeps "not wired up" distinguishable from "returned nothing".
 */
export function hostMethod<K extends keyof ExpressionContext>(
  context: ExpressionContext,
  key: K,
  functionName: string,
): NonNullable<ExpressionContext[K]> {
  const method = context[key];
  if (typeof method !== 'function') {
    throw new ExpressionRuntimeError(`Function "${functionName}" is not available in this context`);
  }
  return method.bind(context) as NonNullable<ExpressionContext[K]>;
}
