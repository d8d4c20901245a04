import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Diagnostic } from '../diagnostics.ts';

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
      const errors = kind === 'layout' ? layoutErrors(value, quick, detailed(kind)) : detailedErrors(detailed(kind), value);
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
      errors.push({ ...error, instancePath: error.instancePath.replace(/^\/data\/layout\/0(?=\/|$)/, `/data/layout/${index}`) });
    }
  });
  return errors;
}

// Keywords that only say "a branch failed"; the branch's own errors carry the useful detail.
const STRUCTURAL_KEYWORDS = new Set(['if', 'allOf', 'anyOf', 'oneOf', 'not', '$ref']);

function toDiagnostics(errors: ErrorObject[], value: unknown, file: string, kind: AltinnFileKind): Diagnostic[] {
  const specific = errors.filter((error) => !STRUCTURAL_KEYWORDS.has(error.keyword));
  const chosen = specific.length > 0 ? specific : errors;
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of chosen) {
    const pointer = pointerOf(error);
    const message = messageOf(error);
    const key = `${pointer} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push({
      severity: 'error',
      code: 'schema',
      file,
      pointer,
      componentId: kind === 'layout' ? componentIdAt(value, pointer) : undefined,
      message,
    });
  }
  return diagnostics;
}

function pointerOf(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty?: string }).additionalProperty;
    if (extra !== undefined) return `${error.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
  return error.instancePath;
}

function messageOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `Unknown property "${String(params.additionalProperty)}"`;
    case 'required':
      return `Missing required property "${String(params.missingProperty)}"`;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      // The component-type enum has over 60 entries; listing them all buries the actual problem.
      return allowed.length > 12
        ? `Must be one of ${allowed.length} allowed values (${allowed.slice(0, 5).join(', ')}, …)`
        : `Must be one of ${allowed.join(', ')}`;
    }
    case 'const':
      return `Must be ${JSON.stringify(params.allowedValue)}`;
    default:
      return error.message ? capitalise(error.message) : `Fails schema keyword "${error.keyword}"`;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** In a layout file, `/data/layout/<n>/...` names the n-th component: report its id with the error. */
function componentIdAt(value: unknown, pointer: string): string | undefined {
  const match = /^\/data\/layout\/(\d+)(?:\/|$)/.exec(pointer);
  if (!match) return undefined;
  const layout = (value as { data?: { layout?: unknown } } | null)?.data?.layout;
  const component = Array.isArray(layout) ? layout[Number(match[1])] : undefined;
  const id = (component as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}
