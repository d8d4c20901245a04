import type { ArgSpec } from './define-function.ts';

export interface Arity {
  readonly min: number;
  readonly max: number; // Infinity with a rest parameter
}

export function arityOf(args: readonly ArgSpec[]): Arity {
  const min = args.filter((arg) => arg.kind === 'required').length;
  const max = args.some((arg) => arg.kind === 'rest') ? Infinity : args.length;
  return { min, max };
}

/** `Expected 2 argument(s), got 3`, with `1-2` for optional and `1+` for rest parameters. */
export function arityMessage({ min, max }: Arity, got: number): string {
  const expected = max === Infinity ? `${min}+` : min === max ? `${min}` : `${min}-${max}`;
  return `Expected ${expected} argument(s), got ${got}`;
}
