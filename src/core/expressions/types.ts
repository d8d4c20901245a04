/**
 * The JSON shapes of the Altinn dynamic-expression language. An expression is a JSON array whose
 * first element names a function; everything else is a literal.
 */
export type ExprLiteral = string | number | boolean | null;

/** Anything that may appear where an expression is allowed; validated before evaluation. */
export type ExprInput = ExprLiteral | readonly unknown[] | { readonly [key: string]: unknown } | undefined;

/** A well-formed expression: a function name followed by literal or nested-expression arguments. */
export type Expression = readonly [string, ...ExprArg[]];
export type ExprArg = ExprLiteral | Expression;

/** Declared types of function parameters and return values (§3.2 of the spec). */
export type ExprType = 'boolean' | 'string' | 'number' | 'date' | 'any';

/** Types a caller may ask the final result to be cast to. */
export type ExpectedType = 'boolean' | 'string' | 'number' | 'any';

/** What evaluation produces: the language has scalars only (host objects and arrays read as null). */
export type ExprResult = ExprLiteral;

/** Maps an expected type to the TypeScript type of a successful result. */
export interface ExpectedTypeMap {
  boolean: boolean;
  string: string;
  number: number;
  any: ExprLiteral;
}

/** A JSON pointer into the expression array: `/2/1` is the first argument of the call at position 2. */
export type ExprPointer = string;
