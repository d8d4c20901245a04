import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { ALTINN_FILE_SCHEMAS, type AltinnFileKind, type AltinnSchemaValidators } from './altinnSchemaChecker.ts';
import { withRuntimeProperties } from './runtimeOverlay.ts';

// ajv-formats is published as CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

const SCHEMA_BASE = 'https://altinncdn.no/schemas/json/';

/**
 * The ajv instance the Altinn schemas are compiled with, with every schema added: by the package
 * build (scripts/vite/precompileAltinnSchemas.ts) and, for a folder without precompiled modules,
 * at run time in Node (`compileAltinnSchemaValidators`). Never imported by a browser entry: ajv's
 * compiler makes functions with `new Function`.
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

/**
 * Validators of the Altinn schemas (given as parsed documents, each with its `$id`) compiled at
 * run time, lazily, one per file kind, for `createAltinnSchemaChecker`. Compiling the layout
 * schema takes about half a second, so a checker is meant to be created once and reused.
 */
export function compileAltinnSchemaValidators(schemaDocuments: readonly unknown[]): AltinnSchemaValidators {
  return { fast: compiling(schemaDocuments, false), detailed: compiling(schemaDocuments, true) };
}

function compiling(
  schemaDocuments: readonly unknown[],
  allErrors: boolean,
): (kind: AltinnFileKind) => ValidateFunction | null {
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
