import type { OutputUnit } from '@cfworker/json-schema';
import type { SchemaNode, Visited } from './interpreterWalk.ts';
import type { ModelSchemaError } from './types.ts';

interface Model {
  readonly root: SchemaNode;
  readonly lookup: Readonly<Record<string, unknown>>;
  /** Parent schemas by keyword location: every row of a list fails at the same locations. */
  readonly parents: Map<string, SchemaNode | undefined>;
}

const MAX_PARENTS_KEPT = 10_000;

type Params = (schema: SchemaNode, keyword: string) => Record<string, unknown>;

const limit: Params = (schema, keyword) => ({ limit: schema[keyword] });
const COMPARISONS: Readonly<Record<string, string>> = {
  minimum: '>=',
  maximum: '<=',
  exclusiveMinimum: '>',
  exclusiveMaximum: '<',
};

/** The keywords whose failure ajv reports itself, with ajv's keyword and params. */
const LEAVES: Readonly<Record<string, { keyword?: string; params: Params }>> = {
  type: { params: (schema) => ({ type: Array.isArray(schema.type) ? schema.type.join(',') : schema.type }) },
  const: { params: (schema) => ({ allowedValue: schema.const }) },
  enum: { params: (schema) => ({ allowedValues: schema.enum }) },
  minimum: { params: (schema, keyword) => ({ comparison: COMPARISONS[keyword], limit: schema[keyword] }) },
  maximum: { params: (schema, keyword) => ({ comparison: COMPARISONS[keyword], limit: schema[keyword] }) },
  exclusiveMinimum: { params: (schema, keyword) => ({ comparison: COMPARISONS[keyword], limit: schema[keyword] }) },
  exclusiveMaximum: { params: (schema, keyword) => ({ comparison: COMPARISONS[keyword], limit: schema[keyword] }) },
  minLength: { params: limit },
  maxLength: { params: limit },
  minItems: { params: limit },
  maxItems: { params: limit },
  minProperties: { params: limit },
  maxProperties: { params: limit },
  pattern: { params: (schema) => ({ pattern: schema.pattern }) },
  format: { params: (schema) => ({ format: schema.format }) },
  multipleOf: { params: (schema) => ({ multipleOf: schema.multipleOf }) },
  not: { params: () => ({}) },
  uniqueItems: { params: () => ({}) },
  required: { params: () => ({}) },
  dependentRequired: { params: () => ({}) },
  dependencies: { params: () => ({}) },
  contains: { params: () => ({}) },
  minContains: { keyword: 'contains', params: () => ({}) },
  maxContains: { keyword: 'contains', params: () => ({}) },
  anyOf: { params: () => ({}) },
  oneOf: { params: () => ({}) },
  if: { params: () => ({}) },
};

/** Keywords holding a schema that all other properties must match; `false` forbids them. */
const FORBIDDING = new Set(['additionalProperties', 'unevaluatedProperties']);

/**
 * cfworker's output turned into ajv's errors: the same keywords at the same instance paths with
 * ajv's params and the failing keyword's parent schema. Wrappers (`properties`, `$ref`, `allOf`…)
 * are dropped, as ajv reports only what failed inside them; `multipleOf` where the walk checked
 * it ajv's way is left to the walk.
 */
export function ajvLikeErrors(units: readonly OutputUnit[], model: Model, visited: Visited): ModelSchemaError[] {
  const errors: ModelSchemaError[] = [];
  const forbidden = new Set<string>();
  for (const unit of units) {
    const instancePath = toInstancePath(unit.instanceLocation);
    if (unit.keyword === 'false') {
      if (forbidden.has(instancePath)) continue;
      errors.push({ keyword: 'false schema', instancePath, params: {} });
      continue;
    }
    const leaf = LEAVES[unit.keyword];
    if (!leaf && !FORBIDDING.has(unit.keyword)) continue;
    const parentSchema = parentOf(unit.keywordLocation, model);
    if (!parentSchema) continue;
    if (!leaf) {
      if (parentSchema[unit.keyword] !== false) continue;
      const property = /^Property "(.*)" does not match/s.exec(unit.error)?.[1] ?? '';
      forbidden.add(`${instancePath}/${escape(property)}`);
      errors.push({
        keyword: unit.keyword,
        instancePath,
        params: { [unit.keyword.replace(/ies$/, 'y')]: property },
        parentSchema,
      });
      continue;
    }
    if (unit.keyword === 'multipleOf' && visited.get(parentSchema)?.has(instancePath)) continue;
    errors.push({
      keyword: leaf.keyword ?? unit.keyword,
      instancePath,
      params: leaf.params(parentSchema, unit.keyword),
      parentSchema,
    });
  }
  return errors;
}

/** `#/a/b~1c` (cfworker, URI-encoded) → `/a/b~1c` (ajv). */
function toInstancePath(location: string): string {
  if (!location.includes('%')) return location.slice(1);
  return location
    .replace(/^#/, '')
    .split('/')
    .map((segment) => decode(segment))
    .join('/');
}

/** The schema object holding the keyword at `location`, following `$ref`s as cfworker did. */
function parentOf(location: string, model: Model): SchemaNode | undefined {
  if (model.parents.has(location)) return model.parents.get(location);
  const parent = findParent(location, model);
  // Locations are finite for a schema, unless it is recursive and the data deep: kept bounded.
  if (model.parents.size >= MAX_PARENTS_KEPT) model.parents.clear();
  model.parents.set(location, parent);
  return parent;
}

function findParent(location: string, model: Model): SchemaNode | undefined {
  const segments = location.replace(/^#/, '').split('/').slice(1, -1).map(decode);
  let node: unknown = model.root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    const current = node as SchemaNode & { __absolute_ref__?: string };
    if (segment === '$ref' && typeof current.$ref === 'string') {
      node = model.lookup[current.__absolute_ref__ ?? current.$ref];
      continue;
    }
    node = current[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as SchemaNode) : undefined;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
