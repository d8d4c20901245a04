import { formatPath, type PathSegment } from './path.ts';
import { deref, isNode, schemaAtPath, schemaBranches, schemaChild, type JsonSchemaNode } from './schemaLookup.ts';

/**
 * A place where the data a form was given does not have the shape its schema describes (a list
 * where an object belongs, a number in a text field, a value outside an enum). The form keeps such
 * data exactly as it was; this says where it is, so the developer can be told.
 */
export interface DataMismatch {
  readonly dataType: string;
  /** Dot path (`event.name`, `rows[0]`); `''` for the model's root. */
  readonly field: string;
  /** JSON Pointer of the same place (`/event/name`, `''` for the root). */
  readonly pointer: string;
  /** What the schema wants there: `object`, `string`, `integer or null`, `one of "a", "b"`. */
  readonly expected: string;
  /** What is there: `array`, `number 42`, `boolean true`. */
  readonly found: string;
}

interface Pending {
  readonly schema: JsonSchemaNode | undefined;
  readonly value: unknown;
  readonly parent: Pending | undefined;
  readonly segment: PathSegment | undefined;
}

/**
 * Every place in `data` whose JSON type (or enum value) does not fit `schema`. Only the shape is
 * compared: patterns, lengths and limits are validation's business and never stand in the way of a
 * write. A model's root must be an object even without a schema, as every binding is a path into
 * one. `null` below the root counts as "no value", as the data stores treat it. The walk is a loop,
 * not recursion, because the data's depth is not ours to choose.
 */
export function findDataMismatches(dataType: string, schema: unknown, data: unknown): DataMismatch[] {
  const found: DataMismatch[] = [];
  if (!isPlainObject(data)) {
    found.push(mismatch(dataType, [], 'object', data));
    return found;
  }
  const root = isNode(schema) ? schema : undefined;
  if (!root) return found;
  const lookup = new SchemaLookup(root);
  const stack: Pending[] = [{ schema: deref(root, root), value: data, parent: undefined, segment: undefined }];
  // Only objects and lists are pushed; a primitive is checked where it is met (most values are).
  const visit = (node: JsonSchemaNode | undefined, value: unknown, parent: Pending, segment: PathSegment) => {
    if (!node || value === null || value === undefined) return;
    const expected = lookup.expectation(node);
    if (expected && !expected.accepts(value)) {
      found.push(mismatch(dataType, [...pathOf(parent), segment], expected.describe(), value));
    } else if (typeof value === 'object') {
      stack.push({ schema: node, value, parent, segment });
    }
  };
  while (stack.length > 0) {
    const current = stack.pop()!;
    const { schema: node, value } = current;
    if (!node) continue;
    if (Array.isArray(value)) {
      const items = lookup.child(node, 0);
      for (let index = 0; items && index < value.length; index++) visit(items, value[index], current, index);
    } else {
      const record = value as Record<string, unknown>;
      for (const key in record) {
        if (Object.hasOwn(record, key)) visit(lookup.child(node, key), record[key], current, key);
      }
    }
  }
  return found.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

/**
 * Whether `value` has the JSON type (and enum value) the schema wants at `field`; true where the
 * schema says nothing. Only the value itself is compared, not what lies below it.
 */
export function fitsSchemaAt(schema: unknown, field: string, value: unknown): boolean {
  if (!isNode(schema) || value === null || value === undefined) return true;
  const node = schemaAtPath(schema, field);
  const expected = node ? expectationOf(schema, node) : undefined;
  return !expected || expected.accepts(value);
}

/** The JSON type of a value as JSON Schema names it (`integer` for whole numbers). */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Answers per schema node, computed once: a model with ten thousand rows asks the same few
 * questions of its item schema ten thousand times.
 */
class SchemaLookup {
  private readonly expectations = new Map<JsonSchemaNode, Expectation | null>();
  private readonly children = new Map<JsonSchemaNode, Map<string | number, JsonSchemaNode | null>>();

  constructor(private readonly root: JsonSchemaNode) {}

  expectation(node: JsonSchemaNode): Expectation | undefined {
    let known = this.expectations.get(node);
    if (known === undefined) this.expectations.set(node, (known = expectationOf(this.root, node) ?? null));
    return known ?? undefined;
  }

  /** An index stands for every index: lists have one item schema. */
  child(node: JsonSchemaNode, segment: string | number): JsonSchemaNode | undefined {
    let byKey = this.children.get(node);
    if (!byKey) this.children.set(node, (byKey = new Map()));
    let known = byKey.get(segment);
    if (known === undefined) byKey.set(segment, (known = schemaChild(this.root, node, segment) ?? null));
    return known ?? undefined;
  }
}

interface Expectation {
  accepts(value: unknown): boolean;
  describe(): string;
}

/** The JSON types a schema node allows, or undefined when it allows any (no `type` anywhere). */
function typesOf(root: JsonSchemaNode, node: JsonSchemaNode): Set<string> | undefined {
  const own = node.type;
  if (typeof own === 'string') return new Set([own]);
  if (Array.isArray(own)) return new Set(own.filter((t): t is string => typeof t === 'string'));
  for (const key of ['anyOf', 'oneOf'] as const) {
    const list = node[key];
    if (!Array.isArray(list)) continue;
    const union = new Set<string>();
    for (const branch of list) {
      const resolved = isNode(branch) ? deref(root, branch) : undefined;
      const types = resolved ? typesOf(root, resolved) : undefined;
      if (!types) return undefined;
      for (const type of types) union.add(type);
    }
    return union;
  }
  const all = node.allOf;
  if (Array.isArray(all)) {
    for (const branch of all) {
      const resolved = isNode(branch) ? deref(root, branch) : undefined;
      const types = resolved ? typesOf(root, resolved) : undefined;
      if (types) return types;
    }
  }
  return undefined;
}

function expectationOf(root: JsonSchemaNode, node: JsonSchemaNode): Expectation | undefined {
  const types = typesOf(root, node);
  const allowed = schemaBranches(root, node)
    .map((branch) => branch.enum)
    .find((list): list is unknown[] => Array.isArray(list));
  if (!types && !allowed) return undefined;
  const typeList = types ? [...types] : undefined;
  return {
    accepts: (value) =>
      (!typeList || typeList.some((type) => hasType(value, type))) &&
      (!allowed || isObjectLike(value) || allowed.some((option) => Object.is(option, value))),
    describe: () =>
      allowed
        ? `one of ${allowed.map((option) => JSON.stringify(option)).join(', ')}`
        : [...(types ?? [])].join(' or '),
  };
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

function mismatch(dataType: string, segments: PathSegment[], expected: string, value: unknown): DataMismatch {
  return {
    dataType,
    field: formatPath(segments),
    pointer: segments.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''),
    expected,
    found: describeValue(value),
  };
}

const PREVIEW_LENGTH = 40;

function describeValue(value: unknown): string {
  const type = jsonTypeOf(value);
  if (isObjectLike(value) || value === null || value === undefined) return type;
  const text = JSON.stringify(value);
  return `${type} ${text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…` : text}`;
}

function pathOf(pending: Pending): PathSegment[] {
  const segments: PathSegment[] = [];
  for (let at: Pending | undefined = pending; at?.segment !== undefined; at = at.parent) segments.push(at.segment);
  return segments.reverse();
}

function isObjectLike(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
