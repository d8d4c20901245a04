import type { ErrorObject, ValidateFunction } from 'ajv';
import { escapePointerSegment, type Diagnostic } from '../diagnostics.ts';
import { validateExpression } from '../expressions/index.ts';
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

/**
 * Checks app files with the validators of the Altinn JSON Schemas, compiled ahead of time (the
 * package build ships them) or by `compileAltinnSchemaValidators` in `skjema/core/node`. Nothing
 * here compiles: ajv's compiler makes functions with `new Function`, which a strict
 * Content-Security-Policy forbids in a browser, so it stays on the Node side.
 *
 * Two validators of each schema exist: a fast one that stops at the first error, and a detailed
 * one that collects every error. The layout schema nests expressions in `anyOf` branches, and
 * collecting all errors makes ajv try every branch of every level: one expression-heavy but valid
 * layout of the corpus took 36 s that way and 90 ms with the fast one. So every file goes through
 * the fast validator, and only what fails it is checked again in detail — for layouts, only the
 * components that fail, one at a time.
 */
export function createAltinnSchemaChecker(validators: AltinnSchemaValidators): AltinnSchemaChecker {
  const fast = validatorsOf(validators.fast);
  const detailed = validatorsOf(validators.detailed);

  return {
    check(kind, value, file) {
      const quick = fast(kind);
      if (!quick || (!holdsDeepExpression(value) && quick(value))) return [];
      const errors =
        kind === 'layout'
          ? layoutErrors(value, quick, detailed(kind))
          : pieceErrors(value, (piece) => piece, '', '', quick, detailed(kind));
      return toDiagnostics(errors, value, file, kind);
    },
  };
}

/**
 * The validators of each file kind: the modules the package build ships beside its copy of the
 * schemas (ajv standalone code, one export per file kind), or a function that compiles one on
 * first use (`compileAltinnSchemaValidators`, Node only).
 */
export interface AltinnSchemaValidators {
  /** Stop at the first error. */
  fast: Partial<Record<AltinnFileKind, ValidateFunction>> | ValidatorFor;
  /** Collect every error. */
  detailed: Partial<Record<AltinnFileKind, ValidateFunction>> | ValidatorFor;
}

/** Modules of validators compiled ahead of time, as the package build ships them. */
export interface PrecompiledSchemaValidators extends AltinnSchemaValidators {
  fast: Partial<Record<AltinnFileKind, ValidateFunction>>;
  detailed: Partial<Record<AltinnFileKind, ValidateFunction>>;
}

export type ValidatorFor = (kind: AltinnFileKind) => ValidateFunction | null;

function validatorsOf(validators: AltinnSchemaValidators['fast']): ValidatorFor {
  if (typeof validators === 'function') return validators;
  return (kind) => (Object.hasOwn(validators, kind) ? (validators[kind] ?? null) : null);
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
  if (!Array.isArray(components)) return pieceErrors(value, (piece) => piece, '', '', quick, detailed);
  const withLayout = (layout: unknown[]) => ({ ...(value as object), data: { ...(data as object), layout } });
  const errors = pieceErrors(withLayout([]), (piece) => piece, '', '', quick, detailed);
  components.forEach((component, index) => {
    if (!holdsDeepExpression(component) && quick(withLayout([component]))) return;
    const inLayout = (piece: unknown) => withLayout([piece]);
    errors.push(...pieceErrors(component, inLayout, '/data/layout/0', `/data/layout/${index}`, quick, detailed));
  });
  return errors;
}

/**
 * The errors of `piece`, checked in the document `wrap` puts it in (at `pieceAt`), reported at
 * `at`. Its nested expressions are kept out of the detailed check: the expression schema is a
 * union of every function at every level, and collecting all errors of a nested expression tries
 * every branch of every level (one misspelt function three levels down took more than ten
 * minutes). They are replaced by a `dataModel` lookup, which every expression slot accepts,
 * whatever its type and even where the property is required; then each is put back alone and
 * checked with the fast validator. One that fails is one finding at its own pointer (the
 * expression check says why).
 */
function pieceErrors(
  piece: unknown,
  wrap: (piece: unknown) => unknown,
  pieceAt: string,
  at: string,
  quick: ValidateFunction,
  detailed: ValidateFunction | null,
): ErrorObject[] {
  const errors: ErrorObject[] = [];
  const moved = (path: string) =>
    path === pieceAt || path.startsWith(`${pieceAt}/`) ? at + path.slice(pieceAt.length) : path;
  const { rest, expressions } = withPlaceholderExpressions(piece);
  let carrier: unknown = rest;
  if (!quick(wrap(rest))) {
    const restErrors = detailedErrors(detailed, wrap(rest));
    for (const error of restErrors) errors.push({ ...error, instancePath: moved(error.instancePath) });
    // The expressions are judged in the piece without what is wrong with it, where that can be
    // left out; otherwise every check fails, and the expression validator decides.
    const repaired = withoutPaths(
      rest,
      restErrors.map((error) => offendingPath(error, pieceAt)),
    );
    carrier = quick(wrap(repaired)) ? repaired : undefined;
  }
  for (const { path, expression } of expressions) {
    const valid =
      carrier !== undefined
        ? fitsProperty(expression, (fitted) => quick(wrap(withValueAt(carrier, path, fitted))))
        : validateExpression(expression).length === 0;
    if (valid) continue;
    errors.push({
      keyword: 'expression',
      instancePath: `${at}/${path.map((step) => escapePointerSegment(step)).join('/')}`,
      schemaPath: '',
      params: {},
      message: 'not an expression this property accepts (an unknown function, wrong arguments or the wrong type)',
    });
  }
  return errors;
}

/**
 * Only nested expressions are taken out: an array that holds another array
 * (`["equals", ["dataModel", "a"], 1]`). A flat one (`["dataModel", "a"]`) is cheap to check in
 * detail, and lists of names (`children`, a page order) never hold arrays. Whatever the first item
 * is: a misspelt name (`["ẽquals", ["not", …]]`) makes the detailed check try every branch of every
 * level below as much as a known one does (the fuzz run found 47 levels never finishing).
 */
function isNestedExpression(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.some((item) => Array.isArray(item));
}

/**
 * Levels of an expression the schema judges. Below a mistake even the fast validator tries every
 * branch of the expression schema at every level and keeps each branch's errors: a misspelt
 * function 16 levels down took 90 s, and 49 levels ran a fuzz run out of memory. A mistake six
 * levels down costs tens of milliseconds at worst, and six levels hold the expressions apps write.
 */
const SCHEMA_CHECKED_DEPTH = 6;

/**
 * Whether an expression fits its property: by the schema (`fits`) alone when it is shallow; a
 * deeper one by the expression check (linear in its size) and, for what the property takes, by
 * the schema on its top levels with what is below them replaced by `PLACEHOLDER`.
 */
function fitsProperty(expression: unknown[], fits: (expression: unknown) => boolean): boolean {
  if (expressionDepth(expression, SCHEMA_CHECKED_DEPTH + 1) <= SCHEMA_CHECKED_DEPTH) return fits(expression);
  return validateExpression(expression).length === 0 && fits(truncated(expression, SCHEMA_CHECKED_DEPTH));
}

/**
 * Whether arrays nest deeper than `SCHEMA_CHECKED_DEPTH` anywhere in `value`: then not even the
 * fast validator may see it whole, in case the deep expression is wrong.
 */
function holdsDeepExpression(value: unknown): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue;
    const inArray = Array.isArray(next.value);
    const depth = inArray ? next.depth + 1 : 0;
    if (depth > SCHEMA_CHECKED_DEPTH) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth });
  }
  return false;
}

/** How deep arrays nest in `value`, counted up to `limit`. */
function expressionDepth(value: unknown, limit: number): number {
  if (!Array.isArray(value)) return 0;
  if (limit <= 1) return 1;
  let deepest = 0;
  for (const item of value) deepest = Math.max(deepest, expressionDepth(item, limit - 1));
  return 1 + deepest;
}

/** The expression with every call below `depth` levels replaced by `PLACEHOLDER`. */
function truncated(expression: unknown[], depth: number): unknown[] {
  if (depth <= 1) return PLACEHOLDER;
  return expression.map((item) => (Array.isArray(item) ? truncated(item, depth - 1) : item));
}

type Step = string | number;

const PLACEHOLDER = ['dataModel', 'skjema.placeholder'];

/**
 * The piece with each of its nested expressions (at any depth of objects and arrays of objects)
 * replaced by `PLACEHOLDER`, and each expression with its path.
 */
function withPlaceholderExpressions(piece: unknown): {
  rest: unknown;
  expressions: { path: Step[]; expression: unknown[] }[];
} {
  const expressions: { path: Step[]; expression: unknown[] }[] = [];
  const strip = (value: unknown, path: Step[]): unknown => {
    if (Array.isArray(value)) {
      // Only arrays of objects are walked (Grid rows, cells); an expression inside a plain array is left in place.
      return value.map((item, index) =>
        item !== null && typeof item === 'object' && !Array.isArray(item) ? strip(item, [...path, index]) : item,
      );
    }
    if (value === null || typeof value !== 'object') return value;
    const kept: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (isNestedExpression(child)) {
        expressions.push({ path: [...path, key], expression: child });
        kept[key] = PLACEHOLDER;
      } else {
        kept[key] = strip(child, [...path, key]);
      }
    }
    return kept;
  };
  return { rest: strip(piece, []), expressions };
}

/** The path inside the piece of what an error is about (an unknown property: that property). */
function offendingPath(error: ErrorObject, pieceAt: string): Step[] {
  const steps = error.instancePath
    .slice(error.instancePath.startsWith(pieceAt) ? pieceAt.length : error.instancePath.length)
    .split('/')
    .slice(1)
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'));
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  return error.keyword === 'additionalProperties' && extra !== undefined ? [...steps, extra] : steps;
}

/** A copy of the piece without the properties at `paths`; an empty path (the whole piece) is skipped. */
function withoutPaths(root: unknown, paths: readonly Step[][]): unknown {
  let result = root;
  for (const path of paths) {
    if (path.length === 0) continue;
    result = withValueAt(result, path, undefined);
  }
  return JSON.parse(JSON.stringify(result)) as unknown;
}

/** A copy of `root` with `value` set at `path` (undefined removes it, once serialised). */
function withValueAt(root: unknown, path: readonly Step[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [step, ...more] = path;
  if (Array.isArray(root)) {
    return root.map((item, index) => (String(index) === String(step) ? withValueAt(item, more, value) : item));
  }
  const record = (root ?? {}) as Record<string, unknown>;
  return { ...record, [step as string]: withValueAt(record[step as string], more, value) };
}
