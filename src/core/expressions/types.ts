/**
 * The JSON shapes of the Altinn dynamic-expression language. An expression is a JSON array whose
 * first element names a function; everything else is a literal.
 */
export type ExprLiteral = string | number | boolean | null;

/** A list (v9 apps): built by `list`, read by `dataModel` from an array, returned by `jmespath`. */
export type ExprList = readonly ExprValue[];

/** An object (v9 apps): built by `object`, read by `dataModel` from an object, returned by `jmespath`. */
export interface ExprObject {
  readonly [key: string]: ExprValue;
}

/** Every value an expression can produce: scalars, and in v9 apps lists and objects of them. */
export type ExprValue = ExprLiteral | ExprList | ExprObject;

/** Anything that may appear where an expression is allowed; validated before evaluation. */
export type ExprInput = ExprLiteral | readonly unknown[] | { readonly [key: string]: unknown } | undefined;

/** A well-formed expression: a function name followed by literal or nested-expression arguments. */
export type Expression = readonly [string, ...ExprArg[]];
export type ExprArg = ExprLiteral | Expression;

/** Declared types of function parameters and return values (§3.2 of the spec; `list`/`object` since v9). */
export type ExprType = 'boolean' | 'string' | 'number' | 'date' | 'list' | 'object' | 'any';

/** Types a caller may ask the final result to be cast to. */
export type ExpectedType = 'boolean' | 'string' | 'number' | 'any';

/** What evaluation produces: a scalar, or (v9 apps) a list or an object. */
export type ExprResult = ExprValue;

/**
 * The version of the language an app speaks. v9 apps have the functions `list`, `object`,
 * `jmespath`, `sum`, `average` and `count`, and `dataModel` returns the lists and objects it finds;
 * in v8 apps those functions do not exist and `dataModel` reads containers as null.
 */
export type ExpressionFormat = 'v8' | 'v9';

/** Maps an expected type to the TypeScript type of a successful result. */
export interface ExpectedTypeMap {
  boolean: boolean;
  string: string;
  number: number;
  any: ExprValue;
}

/** A JSON pointer into the expression array: `/2/1` is the first argument of the call at position 2. */
export type ExprPointer = string;
