import { isContainer, toValue } from './to-value.ts';
import type { ExprLiteral } from './types.ts';

/**
 * Like `toValue`, but lists and objects become null too: for sources that only ever give scalars
 * (`component`, `frontendSettings`, `argv`, `value`) and for `dataModel` in v8 apps.
 */
export function toLiteral(value: unknown): ExprLiteral {
  const normalised = toValue(value);
  return isContainer(normalised) ? null : normalised;
}
