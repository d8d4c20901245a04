import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { formatPath, getAtPath, type PathSegment } from '../data/path.ts';
import type { FieldIssue } from './fieldIssue.ts';
import { ValidationMask } from './masks.ts';
import { schemaPointerAt } from './schemaPointer.ts';

// ajv-formats is published as CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
  options: { keywords: boolean },
) => Ajv;

const YEAR = /^\d{4}$/;
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
// Draft 2019 formats ajv-formats lacks; internationalised names are checked loosely, as browsers do.
const IDN_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const ANY = /^/;

/** Keywords whose error says nothing a user can act on, or that the engine reports another way. */
const IGNORED_KEYWORDS = new Set(['required', 'oneOf', 'anyOf', 'if', 'then', 'else', '$ref', 'allOf']);

const TEXT_KEYS: Readonly<Record<string, string>> = {
  minimum: 'min',
  exclusiveMinimum: 'min',
  maximum: 'max',
  exclusiveMaximum: 'max',
  minLength: 'minLength',
  maxLength: 'maxLength',
  pattern: 'pattern',
  format: 'pattern',
  type: 'pattern',
  enum: 'enum',
  const: 'enum',
  minItems: 'minItems',
  maxItems: 'maxItems',
  formatMinimum: 'formatMinimum',
  formatMaximum: 'formatMaximum',
  formatExclusiveMinimum: 'formatMinimum',
  formatExclusiveMaximum: 'formatMaximum',
  multipleOf: 'multipleOf',
};

interface CompiledSchema {
  ajv: Ajv;
  baseId: string;
  validators: Map<string, ValidateFunction | null>;
}

/**
 * Compiling a data model takes tens of milliseconds, and a page remounting its form (or
 * `skjema check` opening a form per page) passes the same schema object again: forms that share
 * it share the compiled validators, which hold no state of their own.
 */
const compiledSchemas = new WeakMap<object, Map<string, CompiledSchema>>();

function compiledSchema(dataType: string, schema: Record<string, unknown>): CompiledSchema {
  let byDataType = compiledSchemas.get(schema);
  if (!byDataType) compiledSchemas.set(schema, (byDataType = new Map()));
  let compiled = byDataType.get(dataType);
  if (!compiled) {
    compiled = compileSchema(dataType, schema);
    byDataType.set(dataType, compiled);
  }
  return compiled;
}

function compileSchema(dataType: string, schema: Record<string, unknown>): CompiledSchema {
  const draft2020 = typeof schema.$schema === 'string' && schema.$schema.includes('2020-12');
  const options = {
    allErrors: true,
    strict: false,
    verbose: true,
    coerceTypes: true,
    validateSchema: false,
    logger: false as const,
  };
  const ajv = (draft2020 ? new Ajv2020(options) : new Ajv(options)) as Ajv;
  addFormats(ajv, { keywords: true });
  ajv.addFormat('year', YEAR);
  ajv.addFormat('year-month', YEAR_MONTH);
  ajv.addFormat('idn-email', IDN_EMAIL);
  for (const format of ['idn-hostname', 'iri', 'iri-reference']) ajv.addFormat(format, ANY);
  const baseId = typeof schema.$id === 'string' && schema.$id !== '' ? schema.$id : `urn:skjema:model:${dataType}`;
  ajv.addSchema(schema.$id === baseId ? schema : { ...schema, $id: baseId });
  return { ajv, baseId, validators: new Map() };
}

/**
 * JSON Schema validation of one data model. The schema is compiled once; sub-schemas (the row of
 * a repeating group, say) are compiled on first use, so a change inside one row re-validates that
 * row only.
 */
export class SchemaValidator {
  private readonly ajv: Ajv;
  private readonly baseId: string;
  private readonly compiled: Map<string, ValidateFunction | null>;

  constructor(
    readonly dataType: string,
    private readonly schema: Record<string, unknown>,
  ) {
    const shared = compiledSchema(dataType, schema);
    this.ajv = shared.ajv;
    this.baseId = shared.baseId;
    this.compiled = shared.validators;
  }

  /**
   * The nearest level at or above `segments` that has its own sub-schema; validating there covers
   * every keyword that can change when data below it changes.
   */
  rootFor(segments: readonly PathSegment[]): readonly PathSegment[] {
    for (let length = segments.length; length > 0; length--) {
      const prefix = segments.slice(0, length);
      if (this.validatorAt(prefix)) return prefix;
    }
    return [];
  }

  /** Issues for the data at `segments` (the whole model when empty), with fields as full paths. */
  validate(model: unknown, segments: readonly PathSegment[]): FieldIssue[] {
    const validator = this.validatorAt(segments);
    if (!validator) return [];
    const value = segments.length === 0 ? model : getAtPath(model, segments);
    if (value === undefined) return [];
    // coerceTypes rewrites the data it checks; the store's data is shared and must stay untouched.
    const copy: unknown = structuredClone(value);
    if (validator(copy)) return [];
    return toIssues(validator.errors ?? [], copy, segments, this.dataType);
  }

  private validatorAt(segments: readonly PathSegment[]): ValidateFunction | null {
    const pointer = segments.length === 0 ? '' : schemaPointerAt(this.schema, segments);
    if (pointer === undefined) return null;
    let validator = this.compiled.get(pointer);
    if (validator === undefined) {
      try {
        validator =
          pointer === ''
            ? (this.ajv.getSchema(this.baseId) ?? null)
            : this.ajv.compile({ $ref: `${this.baseId}#${pointer}` });
      } catch {
        validator = null;
      }
      this.compiled.set(pointer, validator);
    }
    return validator;
  }
}

function toIssues(
  errors: readonly ErrorObject[],
  data: unknown,
  base: readonly PathSegment[],
  dataType: string,
): FieldIssue[] {
  const formatFailed = new Set(errors.filter((error) => error.keyword === 'format').map((error) => error.instancePath));
  const out: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (IGNORED_KEYWORDS.has(error.keyword)) continue;
    if (error.keyword === 'type' && typeIncludesNull(error.params)) continue;
    if (error.keyword.startsWith('format') && error.keyword !== 'format' && formatFailed.has(error.instancePath))
      continue;
    const relative = pointerSegments(error.instancePath);
    const value = getAtPath(data, relative);
    if (value === null || value === undefined || value === '') continue;
    const field = formatPath([...base, ...relative]);
    const custom = (error.parentSchema as Record<string, unknown> | undefined)?.errorMessage;
    const textKey = typeof custom === 'string' ? custom : `validation_errors.${TEXT_KEYS[error.keyword] ?? 'pattern'}`;
    const params = typeof custom === 'string' ? [] : paramsOf(error);
    const key = `schema|${dataType}|${field}|${error.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      key,
      severity: 'error',
      source: 'schema',
      category: error.keyword === 'minItems' ? ValidationMask.Required : ValidationMask.Schema,
      textKey,
      params,
      dataType,
      field,
    });
  }
  return out;
}

function typeIncludesNull(params: Record<string, unknown>): boolean {
  const type = params.type;
  return type === 'null' || (Array.isArray(type) && type.includes('null'));
}

function paramsOf(error: ErrorObject): string[] {
  const params = error.params as Record<string, unknown>;
  if ('limit' in params) return [String(params.limit)];
  if ('pattern' in params) return [String(params.pattern)];
  if ('multipleOf' in params) return [String(params.multipleOf)];
  if ('allowedValues' in params && Array.isArray(params.allowedValues)) return [params.allowedValues.join(', ')];
  if ('allowedValue' in params) return [String(params.allowedValue)];
  if ('format' in params) return [String(params.format)];
  return [];
}

function pointerSegments(pointer: string): PathSegment[] {
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}
