/**
 * Older Altinn data models (generated from XSD) wrap the model in a root element: the JSON data
 * is the definition named after the model class (`#/definitions/MessageV1`), not the schema's
 * root. Like the reference frontend, take the root from `info.rootNode` when the schema names one
 * (an empty string means the schema root), else from the class name in application metadata.
 * The result is a schema whose root is that definition, with the definitions kept so `$ref`s resolve.
 */
export function modelRootSchema(schema: unknown, classRef: string | undefined): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const document = schema as Record<string, unknown>;
  const rootNode = (document.info as { rootNode?: unknown } | undefined)?.rootNode;
  const pointer =
    typeof rootNode === 'string' ? rootNode : classRef ? `#/definitions/${classRef.split('.').pop()}` : '';
  const root = resolvePointer(document, pointer);
  if (!root || root === document) return schema;
  const { $schema, $id, definitions, $defs } = document;
  return Object.fromEntries(
    Object.entries({ $schema, $id, ...root, definitions, $defs }).filter(([, value]) => value !== undefined),
  );
}

function resolvePointer(document: Record<string, unknown>, pointer: string): Record<string, unknown> | undefined {
  if (pointer === '' || pointer === '#') return document;
  if (!pointer.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const segment of pointer.slice(2).split('/')) {
    node =
      node && typeof node === 'object' ? (node as Record<string, unknown>)[decodeURIComponent(segment)] : undefined;
  }
  return node && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
}
