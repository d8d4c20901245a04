import { cachedBackend } from './cachedBackend.ts';
import { createModelAjv } from './modelAjv.ts';
import type { SchemaBackend } from './types.ts';

/**
 * ajv's run-time compiler as a schema backend: the fastest checks, but it builds them with
 * `new Function`, which a Content-Security-Policy without `'unsafe-eval'` forbids. Opt in by
 * passing it as `schemaBackend`; nothing else imports this module, so ajv's compiler stays out of
 * a bundle that does not.
 */
export const ajvSchemaBackend: SchemaBackend = cachedBackend(
  (dataType, schema) => createModelAjv(dataType, schema),
  ({ ajv, baseId }, pointer) =>
    pointer === '' ? (ajv.getSchema(baseId) ?? null) : ajv.compile({ $ref: `${baseId}#${pointer}` }),
);
