/**
 * One violation as the schema backends report it: ajv's error object, which the interpreting
 * backend reproduces (keyword, params and the failing keyword's parent schema included).
 */
export interface ModelSchemaError {
  readonly keyword: string;
  /** JSON pointer of the failing value, relative to the validated data. */
  readonly instancePath: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** The schema object holding the failing keyword (its `errorMessage` names a custom text). */
  readonly parentSchema?: unknown;
}

/**
 * Checks data against one (sub-)schema, as an ajv validate function does: strings the schema types
 * as numbers, integers or booleans are coerced in the data it is given (the validator passes a
 * copy), and `errors` holds every violation after a failed call.
 */
export interface ModelValidateFunction {
  (data: unknown): boolean;
  errors?: readonly ModelSchemaError[] | null;
}

/**
 * The default export of a module that `compileModelValidators` (in `skjema/core/node`) generated
 * for one data type: a validator per schema pointer, '' for the whole model.
 */
export type PrecompiledModelValidators = Readonly<Record<string, ModelValidateFunction>>;

/**
 * Builds the validators of one data model. Returns, for a schema pointer ('' for the whole model),
 * the validator of that sub-schema, or null when it has none of its own (the caller validates a
 * level higher). Throws when the schema cannot be checked at all: the form then refuses to submit.
 */
export type SchemaBackend = (
  dataType: string,
  schema: Readonly<Record<string, unknown>>,
) => (pointer: string) => ModelValidateFunction | null;
