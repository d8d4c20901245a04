import type { PathSegment } from '../data/path.ts';

type SchemaNode = Record<string, unknown>;

const MAX_REF_HOPS = 32;

/**
 * The JSON pointer (inside the root schema) of the sub-schema describing a data path, following
 * local `$ref`s, `properties` and `items`. Undefined when the path passes a composition
 * (`anyOf`…) or leaves what the schema describes: the caller then validates a level higher.
 */
export function schemaPointerAt(root: unknown, segments: readonly PathSegment[]): string | undefined {
  return resolveAt(root, segments)?.[1];
}

/** Keywords of an array schema that judge its items together: a change to one item may break them. */
const WHOLE_ARRAY_KEYWORDS = [
  'minItems',
  'maxItems',
  'uniqueItems',
  'contains',
  'minContains',
  'maxContains',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
];

/**
 * Whether the array at `segments` is described by a plain `items` schema alone, so that an item
 * added or changed can be checked by itself. False (check the whole array) whenever unsure.
 */
export function itemsCheckedAlone(root: unknown, segments: readonly PathSegment[]): boolean {
  const node = resolveAt(root, segments)?.[0];
  return node !== undefined && isNode(node.items) && !WHOLE_ARRAY_KEYWORDS.some((keyword) => keyword in node);
}

/** Keywords of an object schema that may judge a property's value together with the others. */
const CROSS_PROPERTY_KEYWORDS = [
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'dependentSchemas',
  'dependencies',
  'unevaluatedProperties',
];

/**
 * Whether the items of the array at `segments` may be moved, dropped or added without checking
 * the kept ones again: their schema judges each item alone, and the object holding the array has
 * no keyword that reads the array together with its siblings.
 */
export function itemsMoveAlone(root: unknown, segments: readonly PathSegment[]): boolean {
  if (segments.length === 0 || !itemsCheckedAlone(root, segments)) return false;
  if (segments.length === 1) return true;
  const parent = resolveAt(root, segments.slice(0, -1))?.[0];
  return parent !== undefined && !CROSS_PROPERTY_KEYWORDS.some((keyword) => keyword in parent);
}

function resolveAt(root: unknown, segments: readonly PathSegment[]): [SchemaNode, string] | undefined {
  if (!isNode(root)) return undefined;
  let pointer = '';
  let node: SchemaNode | undefined = root;
  for (const segment of segments) {
    const resolved = deref(root, node, pointer);
    if (!resolved) return undefined;
    [node, pointer] = resolved;
    const key = typeof segment === 'number' ? 'items' : 'properties';
    const container: unknown = node[key];
    if (!isNode(container)) return undefined;
    if (typeof segment === 'number') {
      node = container;
      pointer += '/items';
    } else {
      const child = container[segment];
      if (!isNode(child)) return undefined;
      node = child;
      pointer += `/properties/${escape(segment)}`;
    }
  }
  return deref(root, node, pointer);
}

/**
 * Every pointer incremental validation may validate at: '' (the whole model), each top-level
 * property (a top-level write checks the value itself), and every object or array sub-schema
 * reachable through `properties` and `items` (the parent of any other write). A build compiles a
 * validator for each, so a precompiled model checks the same roots as one compiled at run time.
 */
export function modelSchemaPointers(root: unknown): string[] {
  if (!isNode(root)) return [''];
  const found = new Set<string>(['']);
  const start = deref(root, root, '');
  if (!start) return [''];
  const queue: [SchemaNode, string, number][] = [[start[0], start[1], 0]];
  const visited = new Set<string>([start[1]]);
  // A queue, not recursion: a schema's nesting is data a user controls.
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [node, pointer, depth] = next;
    const children: [SchemaNode, string][] = [];
    const properties: unknown = node.properties;
    if (isNode(properties)) {
      for (const [key, child] of Object.entries(properties)) {
        if (isNode(child)) children.push([child, `${pointer}/properties/${escape(key)}`]);
      }
    }
    if (isNode(node.items)) children.push([node.items, `${pointer}/items`]);
    for (const [child, at] of children) {
      const resolved = deref(root, child, at);
      if (!resolved) continue;
      const [target, targetPointer] = resolved;
      if (depth === 0 || hasChildren(target)) found.add(targetPointer);
      if (visited.has(targetPointer)) continue;
      visited.add(targetPointer);
      queue.push([target, targetPointer, depth + 1]);
    }
  }
  return [...found];
}

function hasChildren(node: SchemaNode): boolean {
  return isNode(node.properties) || isNode(node.items);
}

function deref(root: SchemaNode, node: SchemaNode, pointer: string): [SchemaNode, string] | undefined {
  let current = node;
  let at = pointer;
  for (let hop = 0; typeof current.$ref === 'string'; hop++) {
    const ref = current.$ref;
    if (hop >= MAX_REF_HOPS || !ref.startsWith('#')) return undefined;
    const target = resolve(root, ref.slice(1));
    if (!target) return undefined;
    current = target;
    at = ref.slice(1);
  }
  return [current, at];
}

function resolve(root: SchemaNode, pointer: string): SchemaNode | undefined {
  let node: unknown = root;
  for (const raw of pointer.split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isNode(node) ? node[key] : undefined;
  }
  return isNode(node) ? node : undefined;
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isNode(value: unknown): value is SchemaNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
