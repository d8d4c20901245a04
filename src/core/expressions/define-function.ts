import type { CastTypeMap } from './cast.ts';
import type { ExpressionContext } from './context.ts';
import type { ExpressionIssue } from './evaluate-types.ts';
import type { ExpressionFormat, ExprType } from './types.ts';

export type ArgKind = 'required' | 'optional' | 'rest';

export interface ArgSpec<T extends ExprType = ExprType, K extends ArgKind = ArgKind, N extends boolean = boolean> {
  readonly type: T;
  readonly kind: K;
  /** False when null is refused (`Expected argument to be list, got null`); every v8 parameter takes null. */
  readonly nullable: N;
}

export const required = <T extends ExprType, N extends boolean = true>(
  type: T,
  nullable?: N,
): ArgSpec<T, 'required', N> => ({
  type,
  kind: 'required',
  nullable: (nullable ?? true) as N,
});
export const optional = <T extends ExprType>(type: T): ArgSpec<T, 'optional', true> => ({
  type,
  kind: 'optional',
  nullable: true,
});
export const rest = <T extends ExprType>(type: T): ArgSpec<T, 'rest', true> => ({ type, kind: 'rest', nullable: true });

type Cast<T extends ExprType, N> = N extends false ? NonNullable<CastTypeMap[T]> : CastTypeMap[T];

/** What an implementation receives per spec: a rest parameter arrives as one array, a missing optional as undefined. */
type ArgValue<S> =
  S extends ArgSpec<infer T, 'rest', infer N>
    ? Cast<T, N>[]
    : S extends ArgSpec<infer T, 'optional', infer N>
      ? Cast<T, N> | undefined
      : S extends ArgSpec<infer T, 'required', infer N>
        ? Cast<T, N>
        : never;

export type ArgValues<A extends readonly ArgSpec[]> = { -readonly [K in keyof A]: ArgValue<A[K]> };

/** The running call as an implementation sees it. */
export interface FunctionCall {
  readonly context: ExpressionContext;
  /** Arguments as written in the JSON (literals or nested arrays), for functions that need literals. */
  readonly rawArgs: readonly unknown[];
  /** The language version of the app the expression belongs to. */
  readonly format: ExpressionFormat;
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
  /** Set for functions that came with v9 apps; v8 apps do not have them. */
  readonly since?: 'v9';
  readonly validate?: (call: StaticCall) => ExpressionIssue[];
  /** Receives arguments already cast to their declared types, grouped per `args`. */
  readonly run: (call: FunctionCall, args: readonly unknown[]) => unknown;
}

interface DefinitionInput<A extends readonly ArgSpec[]> {
  readonly args: A;
  readonly returns: ExprType;
  readonly customArity?: boolean;
  readonly since?: 'v9';
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
    since: input.since,
    validate: input.validate,
    run: (call, args) => input.impl(call, ...(args as ArgValues<A>)),
  };
}
