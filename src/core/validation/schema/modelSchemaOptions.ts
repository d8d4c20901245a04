/**
 * How a data-model schema is read, shared by every schema backend (precompiled, interpreting and
 * ajv's run-time compiler) so that all of them find the same violations. Plain data: importing it
 * pulls in no validator.
 */

/** The ajv options the data-model validators are compiled with, at build time or at run time. */
export const MODEL_AJV_OPTIONS = {
  allErrors: true,
  strict: false,
  verbose: true,
  coerceTypes: true,
  validateSchema: false,
  logger: false,
} as const;

/**
 * Formats the JSON Schema drafts name that ajv-formats lacks. Internationalised names are checked
 * loosely, as browsers do.
 */
export const EXTRA_MODEL_FORMATS: Readonly<Record<string, RegExp>> = {
  year: /^\d{4}$/,
  'year-month': /^\d{4}-(0[1-9]|1[0-2])$/,
  'idn-email': /^[^\s@]+@[^\s@]+\.[^\s@]+$/u,
  'idn-hostname': /^/,
  iri: /^/,
  'iri-reference': /^/,
};

/** Whether the schema is read as draft 2020-12 (otherwise as draft 7, ajv's default). */
export function isDraft2020(schema: Readonly<Record<string, unknown>>): boolean {
  return typeof schema.$schema === 'string' && schema.$schema.includes('2020-12');
}

/** The id the model's schema is registered under: its own `$id`, else one made from the data type. */
export function modelSchemaId(dataType: string, schema: Readonly<Record<string, unknown>>): string {
  return typeof schema.$id === 'string' && schema.$id !== '' ? schema.$id : `urn:skjema:model:${dataType}`;
}
