/**
 * Where a prefill value goes (platform spec §2.3): `-` is removed from the path, it is split on
 * `.`, and each segment names a property of the schema case-insensitively (the schema's `-` ignored,
 * as the model's C# properties have none). There is no list
 * indexing. The schema's own property names are used, so `ContactInformation.FullName` fills
 * `contactInformation.fullName` of a camelCase model.
 */
import { deref, schemaBranches, schemaChild, schemaTypeOf, type JsonSchemaNode } from '../../core/data/schemaLookup.ts';
import { nearestName } from '../../core/schemas/nearestName.ts';

export interface ResolvedTarget {
  /** Property names as the schema spells them. */
  readonly segments: readonly string[];
  /** The segments joined with dots: the path the form binds. */
  readonly path: string;
  /** The JSON type of the property (`string`, `integer`…), when the schema says. */
  readonly type?: string;
}

export type TargetResult = { ok: true; target: ResolvedTarget } | { ok: false; reason: string };

export function resolveTarget(schema: Readonly<Record<string, unknown>>, path: string): TargetResult {
  const root = schema as JsonSchemaNode;
  const wanted = path.replace(/-/g, '').split('.');
  if (wanted.some((segment) => segment === '')) return { ok: false, reason: 'is not a dotted path of property names' };
  const segments: string[] = [];
  let node: JsonSchemaNode | undefined = deref(root, root);
  for (const segment of wanted) {
    if (schemaTypeOf(node) === 'array') {
      return {
        ok: false,
        reason: `goes through the list "${segments.join('.')}", which prefill cannot index`,
      };
    }
    const names = node ? propertyNames(root, node) : [];
    // C# property names have no "-", so a schema name with one matches without it.
    const name = names.find((candidate) => candidate.replace(/-/g, '').toLowerCase() === segment.toLowerCase());
    if (name === undefined) {
      const near = nearestName(segment, names);
      const where = segments.length ? `"${segments.join('.')}"` : 'the model root';
      return {
        ok: false,
        reason: `has no property "${segment}" under ${where}${near ? ` (did you mean "${near}"?)` : ''}`,
      };
    }
    segments.push(name);
    node = node && schemaChild(root, node, name);
  }
  return { ok: true, target: { segments, path: segments.join('.'), type: schemaTypeOf(node) } };
}

function propertyNames(root: JsonSchemaNode, node: JsonSchemaNode): string[] {
  const names = new Set<string>();
  for (const branch of schemaBranches(root, node)) {
    const properties = branch.properties;
    if (properties && typeof properties === 'object') for (const name of Object.keys(properties)) names.add(name);
  }
  return [...names];
}
