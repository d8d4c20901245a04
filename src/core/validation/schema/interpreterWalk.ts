import type { ModelSchemaError } from './types.ts';

export type SchemaNode = Record<string, unknown>;

/** A format as ajv-formats defines it: a pattern, a test, or both with a comparison. */
export type FormatDefinition =
  | RegExp
  | ((value: string) => boolean)
  | {
      validate: RegExp | ((value: string) => boolean);
      compare?: (a: string, b: string) => number | undefined;
      /** `number` for formats of numbers (`int32`…), which ajv checks on numbers only. */
      type?: string;
    };

interface Model {
  readonly lookup: Readonly<Record<string, unknown>>;
  readonly draft: '2019-09' | '2020-12';
}

/** Pairs of schema object and instance path the walk checked itself. */
export type Visited = Map<object, Set<string>>;

const MAX_APPLICABLE = 256;
const COERCIBLE = new Set(['string', 'number', 'integer', 'boolean', 'null']);
/** ajv-formats' comparison keywords: the comparison that passes, and when it fails. */
const FORMAT_LIMITS: Readonly<Record<string, { ok: string; fails: (compared: number) => boolean }>> = {
  formatMaximum: { ok: '<=', fails: (compared) => compared > 0 },
  formatMinimum: { ok: '>=', fails: (compared) => compared < 0 },
  formatExclusiveMaximum: { ok: '<', fails: (compared) => compared >= 0 },
  formatExclusiveMinimum: { ok: '>', fails: (compared) => compared <= 0 },
};

interface Step {
  readonly holder: Record<string | number, unknown>;
  readonly key: string | number;
  readonly schema: SchemaNode;
  /** The step whose value holds this one; the root has none. */
  readonly parent: Step | undefined;
  /** The instance path, made when an error or `multipleOf` needs it (most of 50,000 values never do). */
  path: string | undefined;
}

function pathOf(step: Step): string {
  if (step.path === undefined) step.path = `${pathOf(step.parent!)}/${escape(String(step.key))}`;
  return step.path;
}

const UNCHANGED = { changed: false } as const;
const NO_ERRORS: readonly ModelSchemaError[] = [];

/**
 * What ajv does on its way through the data that the interpreter does not, done ajv's way on the
 * schemas that always apply (through `properties`, `patternProperties`, `additionalProperties`,
 * `items`, `$ref` and `allOf`): strings (and booleans, null) coerced to the schema's type in the
 * data (`coerceTypes`), `multipleOf` by division as ajv computes it, and ajv-formats'
 * `formatMinimum`… keywords. A queue, not recursion: the data's depth is the user's.
 */
export function coerceAndCheck(
  holder: { value: unknown },
  schema: SchemaNode,
  model: Model,
  formats: Readonly<Record<string, FormatDefinition>>,
): { errors: ModelSchemaError[]; visited: Visited } {
  const errors: ModelSchemaError[] = [];
  const visited: Visited = new Map();
  const queue: Step[] = [
    { holder: holder as Record<string, unknown>, key: 'value', schema, parent: undefined, path: '' },
  ];
  for (let index = 0; index < queue.length; index++) {
    const step = queue[index];
    const { holder: parent, key } = step;
    for (const applied of applicable(step.schema, model.lookup)) {
      // Only `multipleOf` errors are looked up here (ajvLikeErrors): other pairs need no record.
      if (applied.multipleOf !== undefined) {
        let seen = visited.get(applied);
        if (!seen) visited.set(applied, (seen = new Set()));
        seen.add(pathOf(step));
      }
      if (applied.type !== undefined) {
        const coerced = coerce(parent[key], applied.type);
        if (coerced.changed) parent[key] = coerced.value;
      }
      const value = parent[key];
      const multipleOf = applied.multipleOf;
      if (typeof value === 'number' && typeof multipleOf === 'number') {
        const ratio = value / multipleOf;
        if (ratio !== parseInt(String(ratio))) {
          errors.push({
            keyword: 'multipleOf',
            instancePath: pathOf(step),
            params: { multipleOf },
            parentSchema: applied,
          });
        }
      }
      if (applied.format !== undefined) {
        if (typeof value === 'string' || typeof value === 'number') {
          errors.push(...formatLimits(applied, value, step, formats));
        }
        if (typeof value === 'number') errors.push(...numberFormat(applied, value, step, formats));
      }
      for (const child of children(applied, value, model.draft)) {
        queue.push({
          holder: value as Record<string | number, unknown>,
          key: child.key,
          schema: child.schema,
          parent: step,
          path: undefined,
        });
      }
    }
  }
  return { errors, visited };
}

/** The schema with what always applies with it: its `$ref` targets and `allOf` members. */
function applicable(schema: SchemaNode, lookup: Readonly<Record<string, unknown>>): SchemaNode[] {
  // Most schemas of a model (a row's string property) bring nothing along.
  if (schema.$ref === undefined && schema.allOf === undefined) return [schema];
  const out: SchemaNode[] = [];
  const seen = new Set<SchemaNode>();
  const pending = [schema];
  while (pending.length > 0 && out.length < MAX_APPLICABLE) {
    const node = pending.shift()!;
    if (seen.has(node)) continue;
    seen.add(node);
    out.push(node);
    if (typeof node.$ref === 'string') {
      const target = lookup[(node as { __absolute_ref__?: string }).__absolute_ref__ ?? node.$ref];
      if (isNode(target)) pending.push(target);
    }
    if (Array.isArray(node.allOf))
      for (const member of node.allOf as unknown[]) if (isNode(member)) pending.push(member);
  }
  return out;
}

function children(
  schema: SchemaNode,
  value: unknown,
  draft: Model['draft'],
): { key: string | number; schema: SchemaNode }[] {
  const out: { key: string | number; schema: SchemaNode }[] = [];
  if (Array.isArray(value)) {
    const tuple = draft === '2020-12' ? schema.prefixItems : schema.items;
    const rest = draft === '2020-12' ? schema.items : schema.additionalItems;
    const tupleItems = Array.isArray(tuple) ? (tuple as unknown[]) : undefined;
    value.forEach((_, index) => {
      const item = tupleItems ? (index < tupleItems.length ? tupleItems[index] : rest) : schema.items;
      if (isNode(item)) out.push({ key: index, schema: item });
    });
    return out;
  }
  if (!isNode(value)) return out;
  const properties = isNode(schema.properties) ? schema.properties : undefined;
  const patterns = isNode(schema.patternProperties) ? Object.entries(schema.patternProperties) : [];
  for (const key of Object.keys(value)) {
    let matched = false;
    const own = properties && Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (own !== undefined) {
      matched = true;
      if (isNode(own)) out.push({ key, schema: own });
    }
    for (const [pattern, patternSchema] of patterns) {
      if (!new RegExp(pattern, 'u').test(key)) continue;
      matched = true;
      if (isNode(patternSchema)) out.push({ key, schema: patternSchema });
    }
    if (!matched && isNode(schema.additionalProperties)) out.push({ key, schema: schema.additionalProperties });
  }
  return out;
}

/**
 * ajv's `coerceTypes`: a value not of the schema's type becomes the first of its types it can be
 * turned into, by ajv's rules (`"12"` → 12, `"true"` → true, 1 → `"1"`, null → `""`…).
 */
export function coerce(value: unknown, type: unknown): { changed: boolean; value?: unknown } {
  // The common case, a value already of its one type, allocates nothing.
  if (typeof type === 'string' && isOfType(value, type)) return UNCHANGED;
  const types = (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
  if (types.some((item) => isOfType(value, item))) return UNCHANGED;
  const kind = typeof value;
  const numeric = kind === 'string' && value !== '' && !Number.isNaN(Number(value));
  for (const target of types) {
    if (!COERCIBLE.has(target)) continue;
    switch (target) {
      case 'string':
        if (kind === 'number' || kind === 'boolean') return { changed: true, value: String(value) };
        if (value === null) return { changed: true, value: '' };
        break;
      case 'number':
        if (kind === 'boolean' || value === null || numeric) return { changed: true, value: Number(value) };
        break;
      case 'integer':
        if (kind === 'boolean' || value === null || (numeric && !(Number(value) % 1))) {
          return { changed: true, value: Number(value) };
        }
        break;
      case 'boolean':
        if (value === 'false' || value === 0 || value === null) return { changed: true, value: false };
        if (value === 'true' || value === 1) return { changed: true, value: true };
        break;
      case 'null':
        if (value === '' || value === 0 || value === false) return { changed: true, value: null };
        break;
    }
  }
  return { changed: false };
}

function isOfType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
    case 'boolean':
      return typeof value === type;
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return typeof value === 'number' && !(value % 1) && !Number.isNaN(value);
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isNode(value);
    default:
      return false;
  }
}

function formatLimits(
  schema: SchemaNode,
  value: string | number,
  step: Step,
  formats: Readonly<Record<string, FormatDefinition>>,
): readonly ModelSchemaError[] {
  const definition = typeof schema.format === 'string' ? formats[schema.format] : undefined;
  if (!definition || definition instanceof RegExp || typeof definition === 'function' || !definition.compare)
    return NO_ERRORS;
  const errors: ModelSchemaError[] = [];
  for (const [keyword, { ok, fails }] of Object.entries(FORMAT_LIMITS)) {
    if (!(keyword in schema)) continue;
    const limit = schema[keyword];
    const compared = definition.compare(value as string, limit as string);
    if (compared !== undefined && fails(compared)) {
      errors.push({ keyword, instancePath: pathOf(step), params: { comparison: ok, limit }, parentSchema: schema });
    }
  }
  return errors;
}

/** A number format (`int32`, `float`…) on a number, which the interpreter leaves alone. */
function numberFormat(
  schema: SchemaNode,
  value: number,
  step: Step,
  formats: Readonly<Record<string, FormatDefinition>>,
): readonly ModelSchemaError[] {
  const definition = typeof schema.format === 'string' ? formats[schema.format] : undefined;
  if (!definition || definition instanceof RegExp || typeof definition === 'function' || definition.type !== 'number') {
    return NO_ERRORS;
  }
  const check = definition.validate as unknown as (value: number) => boolean;
  if (check(value)) return NO_ERRORS;
  return [{ keyword: 'format', instancePath: pathOf(step), params: { format: schema.format }, parentSchema: schema }];
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isNode(value: unknown): value is SchemaNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
