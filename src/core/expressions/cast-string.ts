import { describeValue } from './describe-value.ts';
import { ExpressionRuntimeError } from './errors.ts';
import { isContainer, toValue } from './to-value.ts';

export function castToString(raw: unknown): string | null {
  const value = toValue(raw);
  if (value === null) return null;
  if (typeof value === 'string') {
    // Booleans written in any case compare equal to real booleans (`"TRUE"` equals `true`).
    const lower = value.toLowerCase();
    return lower === 'true' || lower === 'false' ? lower : value;
  }
  // A list or object has no text of its own; picking one (JSON?) would make `equals` guess.
  if (isContainer(value)) throw new ExpressionRuntimeError(`Expected string, got value ${describeValue(value)}`);
  return String(value);
}
