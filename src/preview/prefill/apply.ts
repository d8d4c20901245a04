/**
 * Once-only prefill of a form data model (platform spec §2.3, `PrefillSI`): first the external map
 * (the instantiation's `prefill`, the stateless `?prefill=`), then the configuration's
 * `UserProfile`, `ER` and `DSF` sections. A value is written where the model has none, or anywhere
 * with `allowOverwrite`; it is converted to the property's type. What was written, and from where,
 * is returned so the form can say where a value came from.
 */
import { convertForSchemaType } from '../../core/data/convert.ts';
import type { PrefilledField } from '../../core/data/prefillRecord.ts';
import { HttpProblem } from '../http/problem.ts';
import type { PrefillConfig, PrefillMapping } from './config.ts';
import { resolveTarget, type ResolvedTarget } from './target.ts';

/** The register records of a request; undefined where the register has nothing (an organisation has no Person). */
export interface RegisterRecords {
  readonly userProfile?: Readonly<Record<string, unknown>>;
  readonly organisation?: Readonly<Record<string, unknown>>;
  readonly person?: Readonly<Record<string, unknown>>;
}

export interface PrefillRun {
  readonly model: Record<string, unknown>;
  /** The data type's schema, for reading external paths; without one they are taken as written. */
  readonly schema?: Readonly<Record<string, unknown>>;
  readonly config?: PrefillConfig;
  readonly external?: Readonly<Record<string, unknown>>;
  readonly register: RegisterRecords;
  readonly log: (message: string) => void;
}

const SECTION_SOURCES = [
  ['UserProfile', 'userProfile', 'no person is signed in, so there is no profile'],
  ['ER', 'organisation', 'the instance owner has no Organization in Enhetsregisteret'],
  ['DSF', 'person', 'the instance owner has no Person in Folkeregisteret'],
] as const;

export function runPrefill(run: PrefillRun): PrefilledField[] {
  const written = new Map<string, PrefilledField>();
  const allowOverwrite = run.config?.allowOverwrite ?? false;
  for (const [path, value] of Object.entries(run.external ?? {})) {
    // An external path the model does not have is skipped, as the reference does.
    const target = run.schema ? resolveTarget(run.schema, path) : literalTarget(path);
    if (!target.ok) continue;
    if (write(run.model, target.target, value, false))
      written.set(target.target.path, field(target.target, 'prefill', run.model));
  }
  const config = run.config;
  if (!config) return [...written.values()];
  for (const [section, recordKey, absent] of SECTION_SOURCES) {
    const mappings = config.sections[section];
    if (mappings.length === 0) continue;
    const record = run.register[recordKey];
    if (!record) {
      run.log(`prefill: ${config.file}: ${section} skipped: ${absent}.`);
      continue;
    }
    for (const mapping of mappings) {
      const target = checked(mapping);
      const value = readSource(record, mapping.source);
      if (value === MISSING) {
        throw new HttpProblem(
          500,
          'Prefill failed',
          `${config.file}: ${section}."${mapping.source}" names no field of the register's record.`,
        );
      }
      if (write(run.model, target, value, allowOverwrite)) written.set(target.path, field(target, section, run.model));
    }
  }
  return [...written.values()];
}

/** A mapping that failed its check when the app was loaded fails the request, naming the file and key. */
function checked(mapping: PrefillMapping): ResolvedTarget {
  if (mapping.problem || !mapping.resolved) {
    throw new HttpProblem(500, 'Prefill configuration error', mapping.problem ?? `Cannot prefill "${mapping.target}".`);
  }
  return mapping.resolved;
}

function literalTarget(path: string): { ok: true; target: ResolvedTarget } | { ok: false } {
  const segments = path.replace(/-/g, '').split('.');
  return segments.some((segment) => segment === '' || /[[\]]/.test(segment))
    ? { ok: false }
    : { ok: true, target: { segments, path: segments.join('.') } };
}

const MISSING = Symbol('missing');

/** The register is read with its own, case-sensitive field names (Newtonsoft's `SelectToken`). */
function readSource(record: Readonly<Record<string, unknown>>, path: string): unknown {
  let node: unknown = record;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return MISSING;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function write(model: Record<string, unknown>, target: ResolvedTarget, value: unknown, overwrite: boolean): boolean {
  let container = model;
  for (const segment of target.segments.slice(0, -1)) {
    const next = container[segment];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) container[segment] = {};
    container = container[segment] as Record<string, unknown>;
  }
  const key = target.segments[target.segments.length - 1]!;
  const current = container[key];
  if (current !== undefined && current !== null && !overwrite) return false;
  container[key] = converted(value, target.type);
  return true;
}

/**
 * The reference converts to the property's type; a value that cannot be converted ("abc" for a
 * number) is kept as given, so validation points at it instead of the value being lost.
 */
function converted(value: unknown, type: string | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'string') return typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value !== 'string') return value;
  if (type === 'integer' || type === 'number' || type === 'boolean') {
    const result = convertForSchemaType(value, type);
    return result.ok ? (result.value ?? null) : value;
  }
  return value;
}

function field(
  target: ResolvedTarget,
  source: PrefilledField['source'],
  model: Record<string, unknown>,
): PrefilledField {
  let node: unknown = model;
  for (const segment of target.segments) node = (node as Record<string, unknown>)[segment];
  return { path: target.path, source, value: node };
}
