import { dereference, format as cfworkerFormats, validate, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { cachedBackend } from './cachedBackend.ts';
import { ajvLikeErrors } from './interpreterErrors.ts';
import { coerceAndCheck, type FormatDefinition, type SchemaNode } from './interpreterWalk.ts';
import { EXTRA_MODEL_FORMATS, isDraft2020, modelSchemaId } from './modelSchemaOptions.ts';
import type { ModelSchemaError, ModelValidateFunction, SchemaBackend } from './types.ts';

/** ajv-formats' formats plus ours: what ajv checks with, so both find the same values wrong. */
const FORMATS: Readonly<Record<string, FormatDefinition>> = {
  ...(fullFormats as Record<string, FormatDefinition>),
  ...EXTRA_MODEL_FORMATS,
};
const FORMAT_TESTS: Readonly<Record<string, (value: string) => boolean>> = Object.fromEntries(
  Object.entries(FORMATS).map(([name, definition]) => [name, formatTest(definition)]),
);

interface PreparedModel {
  readonly parents: Map<string, SchemaNode | undefined>;
  readonly root: SchemaNode;
  readonly lookup: Record<string, Schema | boolean>;
  readonly baseId: string;
  readonly draft: '2019-09' | '2020-12';
}

/**
 * The default schema backend: @cfworker/json-schema reads the schema as data, so it needs no
 * `new Function` and runs under a strict Content-Security-Policy. What it does differently from
 * ajv is done here the way ajv does it (type coercion, ajv-formats' formats, `formatMinimum`…,
 * `multipleOf`), and its errors are turned into ajv's, so a form reports exactly what it would
 * report with ajv.
 */
export const interpreterSchemaBackend: SchemaBackend = cachedBackend(prepare, (model, pointer) =>
  validatorAt(model, pointer),
);

function prepare(dataType: string, schema: Readonly<Record<string, unknown>>): PreparedModel {
  const baseId = modelSchemaId(dataType, schema);
  // cfworker marks the schema objects it reads; the app's schema stays untouched.
  const root = { ...structuredClone(schema), $id: baseId } as SchemaNode;
  const lookup = dereference(root as Schema) as Record<string, Schema | boolean>;
  checkReadable(root, lookup, baseId);
  return { root, lookup, baseId, draft: isDraft2020(schema) ? '2020-12' : '2019-09', parents: new Map() };
}

function validatorAt(model: PreparedModel, pointer: string): ModelValidateFunction | null {
  const schema = pointer === '' ? model.root : resolve(model.root, pointer);
  if (schema === undefined || schema === null || typeof schema !== 'object') return null;
  const node = schema as SchemaNode;
  const check: ModelValidateFunction = (data) => {
    const holder = { value: withoutUndefined(data) };
    const own = coerceAndCheck(holder, node, model, FORMATS);
    const result = withFormats(() =>
      validate(holder.value, node as Schema, model.draft, model.lookup, false, null, '#', `#${pointer}`),
    );
    const errors = inAjvOrder([...ajvLikeErrors(result.errors as OutputUnit[], model, own.visited), ...own.errors]);
    check.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  return check;
}

/** The order ajv checks one value's keywords in, so a field's messages come in the same order. */
const AJV_ORDER = [
  'type',
  'const',
  'enum',
  'not',
  'maximum',
  'minimum',
  'exclusiveMaximum',
  'exclusiveMinimum',
  'multipleOf',
  'maxLength',
  'minLength',
  'pattern',
  'format',
  'formatMaximum',
  'formatMinimum',
  'formatExclusiveMaximum',
  'formatExclusiveMinimum',
  'maxItems',
  'minItems',
  'contains',
  'uniqueItems',
  'maxProperties',
  'minProperties',
  'additionalProperties',
];

/** Errors of the same value in ajv's keyword order; values keep the order they were first reported in. */
function inAjvOrder(errors: ModelSchemaError[]): ModelSchemaError[] {
  const paths = new Map<string, number>();
  for (const error of errors) if (!paths.has(error.instancePath)) paths.set(error.instancePath, paths.size);
  const rank = (keyword: string) => {
    const index = AJV_ORDER.indexOf(keyword);
    return index === -1 ? AJV_ORDER.length : index;
  };
  return errors
    .map((error, index) => ({ error, index }))
    .sort(
      (a, b) =>
        paths.get(a.error.instancePath)! - paths.get(b.error.instancePath)! ||
        rank(a.error.keyword) - rank(b.error.keyword) ||
        a.index - b.index,
    )
    .map(({ error }) => error);
}

/**
 * Runs `run` with cfworker's formats replaced by ajv's for its duration. cfworker reads formats
 * from one shared table; validation is synchronous, so nobody else sees the swap.
 */
function withFormats<T>(run: () => T): T {
  const table = cfworkerFormats as Record<string, (value: string) => boolean>;
  const saved = { ...table };
  for (const name of Object.keys(table)) delete table[name];
  Object.assign(table, FORMAT_TESTS);
  try {
    return run();
  } finally {
    for (const name of Object.keys(table)) delete table[name];
    Object.assign(table, saved);
  }
}

/**
 * The data without `undefined` values, which JSON has not and the interpreter throws on: a missing
 * property for ajv, and a list item it reports nothing about (as null, whose issues are not shown).
 * Changes the copy it is given, in place.
 */
function withoutUndefined(data: unknown): unknown {
  const pending = [data];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        if (value[index] === undefined) value[index] = null;
        else pending.push(value[index]);
      }
      continue;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (record[key] === undefined) delete record[key];
      else pending.push(record[key]);
    }
  }
  return data === undefined ? null : data;
}

function formatTest(definition: FormatDefinition): (value: string) => boolean {
  if (definition instanceof RegExp) return (value) => definition.test(value);
  if (typeof definition === 'function') return definition;
  // cfworker checks formats on strings only; ajv checks a number format on numbers only (the walk does).
  if (definition.type === 'number') return () => true;
  const { validate: check } = definition;
  return check instanceof RegExp ? (value) => check.test(value) : check;
}

/**
 * What ajv refuses when it compiles, refused here too (the form then fails closed in both): a
 * `$ref` that leads nowhere, a pattern that is no regular expression with the `u` flag, and
 * `formatMinimum`-like keywords on a format that cannot compare.
 */
function checkReadable(root: SchemaNode, lookup: Record<string, unknown>, baseId: string): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const schema = node as SchemaNode & { __absolute_ref__?: string };
    if (typeof schema.$ref === 'string' && lookup[schema.__absolute_ref__ ?? schema.$ref] === undefined) {
      throw new Error(`cannot resolve $ref "${schema.$ref}" in the schema "${baseId}"`);
    }
    if (typeof schema.pattern === 'string') new RegExp(schema.pattern, 'u');
    for (const keyword of ['formatMinimum', 'formatMaximum', 'formatExclusiveMinimum', 'formatExclusiveMaximum']) {
      if (!(keyword in schema)) continue;
      const definition = typeof schema.format === 'string' ? FORMATS[schema.format] : undefined;
      if (!definition || definition instanceof RegExp || typeof definition === 'function' || !definition.compare) {
        throw new Error(`"${keyword}": format "${String(schema.format)}" does not define "compare" function`);
      }
    }
    for (const [key, value] of Object.entries(schema)) {
      // Values of these keywords are data, not schemas.
      if (key !== 'enum' && key !== 'const' && key !== 'default' && key !== 'examples') stack.push(value);
    }
  }
}

function resolve(root: SchemaNode, pointer: string): unknown {
  let node: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node !== null && typeof node === 'object' ? (node as SchemaNode)[key] : undefined;
  }
  return node;
}
