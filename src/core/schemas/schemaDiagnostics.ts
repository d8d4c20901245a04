import type { ErrorObject } from 'ajv';
import type { Diagnostic, DiagnosticSeverity } from '../diagnostics.ts';
import type { AltinnFileKind } from './altinnSchemaChecker.ts';
import { nearestName } from './nearestName.ts';

// Keywords that only say "a branch failed"; the branch's own errors carry the useful detail.
const STRUCTURAL_KEYWORDS = new Set(['if', 'allOf', 'anyOf', 'oneOf', 'not', '$ref']);

/**
 * Turns ajv's errors into located diagnostics. The severity says what a violation costs: the
 * reference frontend does not validate files at run time, so much of what the schemas forbid still
 * renders; those violations are warnings that say so, and only the rest are errors.
 */
export function toDiagnostics(errors: ErrorObject[], value: unknown, file: string, kind: AltinnFileKind): Diagnostic[] {
  const specific = withoutRejectedBranches(errors).filter((error) => !STRUCTURAL_KEYWORDS.has(error.keyword));
  const chosen = specific.length > 0 ? specific : errors;
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of chosen) {
    const pointer = pointerOf(error);
    const message = messageOf(error);
    const key = `${pointer} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { severity, consequence } = weigh(error, kind, pointer);
    diagnostics.push({
      severity,
      code: 'schema',
      file,
      pointer,
      componentId: kind === 'layout' ? componentIdAt(value, pointer) : undefined,
      message: (consequence ? `${message}: ${consequence}` : message) + suggestionFor(error),
    });
  }
  return diagnostics;
}

// Files the form reads a few fields of at most; the app backend is the judge of the rest. What
// it reads beyond the published schemas is added to them first (runtimeOverlay.ts).
const CONFIG_KINDS = new Set<AltinnFileKind>(['applicationMetadata', 'textResources', 'footer']);

function weigh(
  error: ErrorObject,
  kind: AltinnFileKind,
  pointer: string,
): { severity: DiagnosticSeverity; consequence?: string } {
  if (CONFIG_KINDS.has(kind)) {
    // The backend passes unknown metadata through and ignores unknown fields of its models.
    if (error.keyword === 'additionalProperties') {
      return { severity: 'warning', consequence: 'nothing in the Altinn runtime reads it, so it has no effect' };
    }
    return { severity: 'warning', consequence: 'the form does not depend on it, but the app backend may reject it' };
  }
  if (error.keyword === 'additionalProperties') {
    return { severity: 'warning', consequence: 'ignored by skjema and by the reference frontend' };
  }
  if (kind === 'layout' && error.keyword === 'pattern' && /^\/data\/layout\/\d+\/id$/.test(pointer)) {
    return {
      severity: 'warning',
      consequence:
        'an id ending in "-<number>" can clash with the ids of repeating-group rows; it renders, but rename it',
    };
  }
  return { severity: 'error' };
}

/**
 * For `anyOf`/`oneOf`, ajv reports the errors of every branch. A branch whose discriminating
 * property (e.g. `type: "page"`) does not match was never the intended one, and its errors only
 * bury the real problem; they are dropped as long as some branch is left.
 *
 * Each error is filed under the unions above it by walking up its own path, so the work grows with
 * the number of errors times the depth of their paths (which the nesting limit bounds), not with
 * errors times unions: a hostile file's thousands of errors cost thousands of steps, not millions.
 */
function withoutRejectedBranches(errors: ErrorObject[]): ErrorObject[] {
  const unions = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') unions.set(error.instancePath, []);
  }
  if (unions.size === 0) return errors;
  for (const error of errors) {
    const isUnion = error.keyword === 'anyOf' || error.keyword === 'oneOf';
    let at = error.instancePath;
    for (;;) {
      // A union is not a branch of the union it reports; it is of the ones above it.
      if (!(isUnion && at === error.instancePath)) unions.get(at)?.push(error);
      if (at === '') break;
      at = at.slice(0, at.lastIndexOf('/'));
    }
  }
  const dropped = new Set<ErrorObject>();
  for (const [at, inside] of unions) {
    const branches = new Map<string, ErrorObject[]>();
    for (const error of inside) {
      if (dropped.has(error)) continue;
      const branch = branchOf(error.schemaPath);
      if (!branch) continue;
      const list = branches.get(branch);
      if (list) list.push(error);
      else branches.set(branch, [error]);
    }
    const rejected = [...branches.values()].filter((branchErrors) =>
      branchErrors.some(
        (error) =>
          (error.keyword === 'const' || error.keyword === 'enum') &&
          error.instancePath.startsWith(`${at}/`) &&
          !error.instancePath.slice(at.length + 1).includes('/'),
      ),
    );
    if (rejected.length === 0 || rejected.length === branches.size) continue;
    for (const branchErrors of rejected) for (const error of branchErrors) dropped.add(error);
  }
  return dropped.size === 0 ? errors : errors.filter((error) => !dropped.has(error));
}

/** Errors inside a referenced definition carry that definition's path: `#/definitions/X/…`. */
function branchOf(schemaPath: string): string | undefined {
  const match = /^#\/(?:definitions|\$defs)\/[^/]+/.exec(schemaPath);
  return match?.[0];
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

/**
 * For an unknown property, the known name of that object it is closest to, when it is close
 * enough to be a slip. The known names come from the failing schema, which only the detailed
 * validators keep (`verbose`); without it there is no suggestion.
 */
function suggestionFor(error: ErrorObject): string {
  if (error.keyword !== 'additionalProperties') return '';
  const name = (error.params as { additionalProperty?: string }).additionalProperty;
  const known = (error.parentSchema as { properties?: unknown } | undefined)?.properties;
  if (name === undefined || !known || typeof known !== 'object') return '';
  const near = nearestName(name, Object.keys(known));
  if (!near) return '';
  // allowUserCreate → disallowUserCreate: a straight rename would turn the setting round.
  const opposite =
    near.toLowerCase() === `dis${name.toLowerCase()}` || name.toLowerCase() === `dis${near.toLowerCase()}`;
  return `. Did you mean "${near}"${opposite ? ', which says the opposite' : ''}?`;
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
