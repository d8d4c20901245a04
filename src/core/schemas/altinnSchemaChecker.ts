import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Diagnostic } from '../diagnostics.ts';
import { toDiagnostics } from './schemaDiagnostics.ts';

/** The Altinn app files that have a published JSON Schema, by the `$id` file name of that schema. */
export const ALTINN_FILE_SCHEMAS = {
  layout: 'layout/layout.schema.v1.json',
  layoutSets: 'layout/layout-sets.schema.v1.json',
  layoutSettings: 'layout/layoutSettings.schema.v1.json',
  textResources: 'text-resources/text-resources.schema.v1.json',
  applicationMetadata: 'application/application-metadata.schema.v1.json',
  validation: 'validation/validation.schema.v1.json',
  footer: 'layout/footer.schema.v1.json',
} as const;

export type AltinnFileKind = keyof typeof ALTINN_FILE_SCHEMAS;

export interface AltinnSchemaChecker {
  /** Checks one parsed file; every violation becomes a diagnostic with the file, a JSON pointer and, in layouts, the component id. */
  check(kind: AltinnFileKind, value: unknown, file: string): Diagnostic[];
}

const SCHEMA_BASE = 'https://altinncdn.no/schemas/json/';

// ajv-formats is published as CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/**
 * Compiles the Altinn JSON Schemas (given as parsed documents, each with its `$id`) lazily, one
 * validator per file kind. Compiling the layout schema takes about half a second, so a checker is
 * meant to be created once and reused for every file of an app.
 *
 * Two compilations of each schema exist: a fast one that stops at the first error, and a detailed
 * one that collects every error. The layout schema nests expressions in `anyOf` branches, and
 * collecting all errors makes ajv try every branch of every level: one expression-heavy but valid
 * layout of the corpus took 36 s that way and 90 ms with the fast one. So every file goes through
 * the fast validator, and only what fails it is checked again in detail — for layouts, only the
 * components that fail, one at a time.
 */
export function createAltinnSchemaChecker(schemaDocuments: readonly unknown[]): AltinnSchemaChecker {
  const fast = schemaValidators(schemaDocuments, false);
  const detailed = schemaValidators(schemaDocuments, true);

  return {
    check(kind, value, file) {
      const quick = fast(kind);
      if (!quick || quick(value)) return [];
      const errors =
        kind === 'layout' ? layoutErrors(value, quick, detailed(kind)) : detailedErrors(detailed(kind), value);
      return toDiagnostics(errors, value, file, kind);
    },
  };
}

type ValidatorFor = (kind: AltinnFileKind) => ValidateFunction | null;

function schemaValidators(schemaDocuments: readonly unknown[], allErrors: boolean): ValidatorFor {
  let ajv: Ajv | undefined;
  const known = new Set<string>();
  const validators = new Map<AltinnFileKind, ValidateFunction | null>();

  function compiler(): Ajv {
    if (ajv) return ajv;
    ajv = new Ajv({ strict: false, allErrors, validateSchema: false });
    addFormats(ajv);
    for (const document of schemaDocuments) {
      const id = (document as { $id?: unknown } | null)?.$id;
      if (typeof id !== 'string' || known.has(id)) continue;
      ajv.addSchema(document as object, id);
      known.add(id);
    }
    return ajv;
  }

  return (kind) => {
    if (!validators.has(kind)) {
      const id = SCHEMA_BASE + ALTINN_FILE_SCHEMAS[kind];
      const compiled = compiler();
      validators.set(kind, known.has(id) ? (compiled.getSchema(id) ?? null) : null);
    }
    return validators.get(kind) ?? null;
  };
}

function detailedErrors(validate: ValidateFunction | null, value: unknown): ErrorObject[] {
  if (!validate || validate(value)) return [];
  return [...(validate.errors ?? [])];
}

/**
 * Checks a failing layout file in pieces: the file with an empty component list, then each
 * component in a layout of its own, in detail only when the fast check fails it. Error paths are
 * moved back to the component's real index.
 */
function layoutErrors(value: unknown, quick: ValidateFunction, detailed: ValidateFunction | null): ErrorObject[] {
  const data = (value as { data?: unknown } | null)?.data;
  const components = (data as { layout?: unknown } | null | undefined)?.layout;
  if (!Array.isArray(components)) return detailedErrors(detailed, value);
  const withLayout = (layout: unknown[]) => ({ ...(value as object), data: { ...(data as object), layout } });
  const errors = detailedErrors(detailed, withLayout([]));
  components.forEach((component, index) => {
    const single = withLayout([component]);
    if (quick(single)) return;
    for (const error of detailedErrors(detailed, single)) {
      errors.push({
        ...error,
        instancePath: error.instancePath.replace(/^\/data\/layout\/0(?=\/|$)/, `/data/layout/${index}`),
      });
    }
  });
  return errors;
}
