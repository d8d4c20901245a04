import { Ajv, type Options } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { EXTRA_MODEL_FORMATS, isDraft2020, MODEL_AJV_OPTIONS, modelSchemaId } from './modelSchemaOptions.ts';

// ajv-formats is published as CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
  options: { keywords: boolean },
) => Ajv;

/**
 * An ajv instance with one data model's schema added under its id, configured as every backend
 * reads schemas. Imported only by the build-time compiler and the opt-in run-time compiler: ajv's
 * compiler builds functions with `new Function`, which a strict CSP forbids.
 */
export function createModelAjv(
  dataType: string,
  schema: Readonly<Record<string, unknown>>,
  extra: Pick<Options, 'code'> = {},
): { ajv: Ajv; baseId: string } {
  const options = { ...MODEL_AJV_OPTIONS, ...extra };
  const ajv = (isDraft2020(schema) ? new Ajv2020(options) : new Ajv(options)) as Ajv;
  addFormats(ajv, { keywords: true });
  for (const [name, pattern] of Object.entries(EXTRA_MODEL_FORMATS)) ajv.addFormat(name, pattern);
  const baseId = modelSchemaId(dataType, schema);
  ajv.addSchema(schema.$id === baseId ? schema : { ...schema, $id: baseId });
  return { ajv, baseId };
}
