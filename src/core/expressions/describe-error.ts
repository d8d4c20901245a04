import { atPointer } from './json-pointer.ts';

const MAX_JSON = 160;

function shortJson(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // Cyclic or absurdly deep input: say so rather than fail while reporting a failure.
    text = '(unprintable)';
  }
  return text.length > MAX_JSON ? `${text.slice(0, MAX_JSON - 1)}…` : text;
}

/**
 * One line for logs: what went wrong, where (pointer and the sub-expression there), and the whole
 * expression, e.g. `Invalid expression: Expected 2 argument(s), got 1 at /1 ["minus",0.2] in […]`.
 */
export function describeError(kind: 'validation' | 'runtime', message: string, pointer: string, expr: unknown): string {
  const prefix = kind === 'validation' ? 'Invalid expression' : 'Expression failed';
  const where = pointer === '' ? '' : ` at ${pointer} ${shortJson(atPointer(expr, pointer))}`;
  return `${prefix}: ${message}${where} in ${shortJson(expr)}`;
}
