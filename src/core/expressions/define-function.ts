import type { CastTypeMap } from './cast.ts';
import type { ExpressionContext } from './context.ts';
import type { ExpressionIssue } from './evaluate-types.ts';
import type { ExprType } from './types.ts';

export type ArgKind = 'required' | 'optional' | 'rest';

export interface ArgSpec<T extends ExprType = ExprType, K extends ArgKind = ArgKind> {
  readonly type: T;
  readonly kind: K;
}

export const required = <T extends ExprType>(type: T): ArgSpec<T, 'required'> => ({ type, kind: 'required' });
export const optional = <T extends ExprType>(type: T): ArgSpec<T, 'optional'> => ({ type, kind: 'optional' });
export const rest = <T extends ExprType>(type: T): ArgSpec<T, 'rest'> => ({ type, kind: 'rest' });

/** What an implementation receives per spec: a rest parameter arrives as one array, a missing optional as undefined. */
type ArgValue<S> =
  S extends ArgSpec<infer T, 'rest'>
    ? CastTypeMap[T][]
    : S extends ArgSpec<infer T, 'optional'>
      ? CastTypeMap[T] | undefined
      : S extends ArgSpec<infer T, 'required'>
        ? CastTypeMap[T]
        : never;

export type ArgValues<A extends readonly ArgSpec[]> = { -readonly [K in keyof A]: ArgValue<A[K]> };

/** The running call as an implementation sees it. */
export interface FunctionCall {
  readonly context: ExpressionContext;
  /** Arguments as written in the JSON (literals or nested arrays), for functions that need literals. */
  readonly rawArgs: readonly unknown[];
}

/** The call as static validation sees it; `pointer` locates the call, `/1`… its arguments. */
export interface StaticCall {
  readonly rawArgs: readonly unknown[];
  readonly pointer: string;
}

export interface FunctionDefinition {
  readonly args: readonly ArgSpec[];
  readonly returns: ExprType;
  /** True when `validate` reports wrong argument counts itself (`if` has its own message). */
  readonly customArity?: boolean;
  readonly validate?: (call: StaticCall) => ExpressionIssue[];
  /** Receives arguments already cast to their declared types, grouped per `args`. */
  readonly run: (call: FunctionCall, args: readonly unknown[]) => unknown;
}

interface DefinitionInput<A extends readonly ArgSpec[]> {
  readonly args: A;
  readonly returns: ExprType;
  readonly customArity?: boolean;
  readonly validate?: (call: StaticCall) => ExpressionIssue[];
  readonly impl: (call: FunctionCall, ...args: ArgValues<A>) => unknown;
}

/**
 * Keeps each implementation strongly typed against its own signature while the registry stores
 * them uniformly; the evaluator guarantees `args` is grouped and cast according to `input.args`.
 */
export function defineFunction<const A extends readonly ArgSpec[]>(input: DefinitionInput<A>): FunctionDefinition {
  return {
    args: input.args,
    returns: input.returns,
    customArity: input.customArity,
    validate: input.validate,
    run: (call, args) => input.impl(call, ...(args as ArgValues<A>)),
  };
}
