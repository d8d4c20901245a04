import { formatPath, getAtPath, type PathSegment } from '../data/path.ts';
import type { FieldIssue } from './fieldIssue.ts';
import { ValidationMask } from './masks.ts';
import { itemsCheckedAlone, itemsMoveAlone, schemaPointerAt } from './schemaPointer.ts';
import type {
  ModelSchemaError,
  ModelValidateFunction,
  PrecompiledModelValidators,
  SchemaBackend,
} from './schema/types.ts';

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

/** Where a model's validators come from: modules compiled at build time, or a backend that builds them. */
export type SchemaSource = PrecompiledModelValidators | SchemaBackend;

/**
 * JSON Schema validation of one data model. Sub-schemas (the row of a repeating group, say) have
 * validators of their own, so a change inside one row re-validates that row only.
 *
 * A model that cannot be checked (its validators cannot be built, or one throws) is not passed
 * over: `failure` says why, and the form refuses to submit.
 */
export class SchemaValidator {
  private readonly lookup: Lookup | undefined;
  /** Why the model cannot be checked; undefined while it can. */
  failure: unknown;

  constructor(
    readonly dataType: string,
    private readonly schema: Record<string, unknown>,
    source: SchemaSource,
  ) {
    try {
      this.lookup = typeof source === 'function' ? source(dataType, schema) : precompiledLookup(dataType, source);
    } catch (error) {
      this.failure = error;
    }
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

  /** Whether an item of the array at `segments` can be checked alone (no keyword judges the items together). */
  itemsCheckedAlone(segments: readonly PathSegment[]): boolean {
    return itemsCheckedAlone(this.schema, segments);
  }

  /** Whether the items of the array at `segments` keep their issues when they move (see `itemsMoveAlone`). */
  itemsMoveAlone(segments: readonly PathSegment[]): boolean {
    return this.failure === undefined && itemsMoveAlone(this.schema, segments);
  }

  /** Issues for the data at `segments` (the whole model when empty), with fields as full paths. */
  validate(model: unknown, segments: readonly PathSegment[]): FieldIssue[] {
    const validator = this.validatorAt(segments);
    if (!validator) return [];
    const value = segments.length === 0 ? model : getAtPath(model, segments);
    if (value === undefined) return [];
    // Strings are coerced to the schema's types in the data checked; the store's data is shared
    // and must stay untouched.
    const copy: unknown = structuredClone(value);
    try {
      if (validator(copy)) return [];
      const errors = validator.errors;
      if (!Array.isArray(errors)) throw new Error('the validator failed without saying why');
      return toIssues(errors as readonly ModelSchemaError[], copy, segments, this.dataType);
    } catch (error) {
      this.failure = error;
      return [];
    }
  }

  private validatorAt(segments: readonly PathSegment[]): ModelValidateFunction | null {
    if (!this.lookup || this.failure !== undefined) return null;
    const pointer = segments.length === 0 ? '' : schemaPointerAt(this.schema, segments);
    return pointer === undefined ? null : this.lookup(pointer);
  }
}

type Lookup = (pointer: string) => ModelValidateFunction | null;

function precompiledLookup(dataType: string, validators: PrecompiledModelValidators | undefined): Lookup {
  if (typeof validators !== 'object' || validators === null || typeof validators[''] !== 'function') {
    throw new Error(`the precompiled validators of "${dataType}" have none for the whole model`);
  }
  return (pointer) => {
    const validator = Object.hasOwn(validators, pointer) ? validators[pointer] : undefined;
    return typeof validator === 'function' ? validator : null;
  };
}

function toIssues(
  errors: readonly ModelSchemaError[],
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

function paramsOf(error: ModelSchemaError): string[] {
  const params = error.params;
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
