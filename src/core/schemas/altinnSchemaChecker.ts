import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Diagnostic } from '../diagnostics.ts';
import { withRuntimeProperties } from './runtimeOverlay.ts';
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
export function createAltinnSchemaChecker(
  schemaDocuments: readonly unknown[],
  precompiled?: PrecompiledSchemaValidators,
): AltinnSchemaChecker {
  const fast = precompiled ? fromModule(precompiled.fast) : schemaValidators(schemaDocuments, false);
  const detailed = precompiled ? fromModule(precompiled.detailed) : schemaValidators(schemaDocuments, true);

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

/**
 * Validators compiled ahead of time (ajv standalone code, one module export per file kind), as the
 * package build ships them beside its copy of the schemas: compiling the layout schema costs a
 * second or more per run, importing the compiled module a tenth of that.
 */
export interface PrecompiledSchemaValidators {
  /** Stop at the first error. */
  fast: Partial<Record<AltinnFileKind, ValidateFunction>>;
  /** Collect every error. */
  detailed: Partial<Record<AltinnFileKind, ValidateFunction>>;
}

type ValidatorFor = (kind: AltinnFileKind) => ValidateFunction | null;

function fromModule(validators: Partial<Record<AltinnFileKind, ValidateFunction>>): ValidatorFor {
  return (kind) => validators[kind] ?? null;
}

/**
 * The ajv instance the checker compiles with, with every schema added. The build compiles the
 * shipped validators with this same instance, so both find the same violations.
 */
export function createAltinnAjv(
  schemaDocuments: readonly unknown[],
  allErrors: boolean,
  options: { code?: { source: boolean; esm: boolean } } = {},
): { ajv: Ajv; ids: ReadonlySet<string> } {
  // The detailed validators keep each failing keyword's schema (`verbose`), so an unknown property
  // can be matched against the names its object does know ("did you mean …?").
  const ajv = new Ajv({ strict: false, allErrors, verbose: allErrors, validateSchema: false, ...options });
  addFormats(ajv);
  const ids = new Set<string>();
  for (const document of withRuntimeProperties(schemaDocuments)) {
    const id = (document as { $id?: unknown } | null)?.$id;
    if (typeof id !== 'string' || ids.has(id)) continue;
    ajv.addSchema(document as object, id);
    ids.add(id);
  }
  return { ajv, ids };
}

/** The `$id` of the schema of each file kind. */
export function altinnSchemaId(kind: AltinnFileKind): string {
  return SCHEMA_BASE + ALTINN_FILE_SCHEMAS[kind];
}

function schemaValidators(schemaDocuments: readonly unknown[], allErrors: boolean): ValidatorFor {
  let compiler: ReturnType<typeof createAltinnAjv> | undefined;
  const validators = new Map<AltinnFileKind, ValidateFunction | null>();
  return (kind) => {
    if (!validators.has(kind)) {
      compiler ??= createAltinnAjv(schemaDocuments, allErrors);
      const id = altinnSchemaId(kind);
      validators.set(kind, compiler.ids.has(id) ? (compiler.ajv.getSchema(id) ?? null) : null);
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
