import { parsePath } from './path.ts';

export type JsonSchemaNode = Record<string, unknown>;

/**
 * Finds the sub-schema that describes a data-model path (`a.b[0].c`), following local `$ref`s,
 * object `properties`, array `items` and the non-null branch of `anyOf`/`oneOf`. Returns
 * undefined when the schema does not describe the path.
 */
export function schemaAtPath(root: unknown, path: string): JsonSchemaNode | undefined {
  if (!isNode(root)) return undefined;
  let node: JsonSchemaNode | undefined = deref(root, root);
  for (const segment of parsePath(path)) {
    if (!node) return undefined;
    node = schemaChild(root, node, segment);
  }
  return node;
}

/** The sub-schema of one step below `node`: an array's items for an index, an object's property for a key. */
export function schemaChild(
  root: JsonSchemaNode,
  node: JsonSchemaNode,
  segment: string | number,
): JsonSchemaNode | undefined {
  return typeof segment === 'number' ? itemsOf(root, node) : propertyOf(root, node, segment);
}

/** The JSON type a value at this node should have (`string`, `number`, `integer`, `boolean`, `object`, `array`). */
export function schemaTypeOf(node: JsonSchemaNode | undefined): string | undefined {
  if (!node) return undefined;
  const type = node.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t): t is string => typeof t === 'string' && t !== 'null');
  return undefined;
}

function propertyOf(root: JsonSchemaNode, node: JsonSchemaNode, key: string): JsonSchemaNode | undefined {
  for (const candidate of branches(root, node)) {
    const properties = candidate.properties;
    if (isNode(properties) && isNode(properties[key])) return deref(root, properties[key]);
  }
  return undefined;
}

function itemsOf(root: JsonSchemaNode, node: JsonSchemaNode): JsonSchemaNode | undefined {
  for (const candidate of branches(root, node)) {
    if (isNode(candidate.items)) return deref(root, candidate.items);
  }
  return undefined;
}

/** The node itself plus the alternatives it is composed of, each dereferenced. */
export function schemaBranches(root: JsonSchemaNode, node: JsonSchemaNode): JsonSchemaNode[] {
  return branches(root, node);
}

function branches(root: JsonSchemaNode, node: JsonSchemaNode): JsonSchemaNode[] {
  const out = [node];
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = node[key];
    if (!Array.isArray(list)) continue;
    for (const branch of list) {
      const resolved = isNode(branch) ? deref(root, branch) : undefined;
      if (resolved && resolved.type !== 'null') out.push(...branches(root, resolved));
    }
  }
  return out;
}

const MAX_REF_HOPS = 32;

/** Follows local `$ref`s from `node` (a bounded number of hops). */
export function deref(root: JsonSchemaNode, node: JsonSchemaNode): JsonSchemaNode | undefined {
  let current: JsonSchemaNode | undefined = node;
  for (let hop = 0; current && typeof current.$ref === 'string' && hop < MAX_REF_HOPS; hop++) {
    current = resolveLocalRef(root, current.$ref);
  }
  return current;
}

function resolveLocalRef(root: JsonSchemaNode, ref: string): JsonSchemaNode | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isNode(node) ? node[key] : undefined;
  }
  return isNode(node) ? node : undefined;
}

export function isNode(value: unknown): value is JsonSchemaNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
