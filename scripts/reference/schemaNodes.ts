/** A JSON Schema node of the Altinn layout schema, as far as the reference reads it. */
export interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  default?: unknown;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  items?: SchemaNode | boolean;
  properties?: Record<string, SchemaNode | boolean>;
  required?: string[];
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
}

const EXPRESSION_REF = /^expression\.schema\.v1\.json#\/definitions\/(?:strict-)?(\w+)$/;

/** Reads a schema's definitions: local `$ref`s resolved, branches walked, types told in words. */
export class SchemaReader {
  constructor(private readonly definitions: Record<string, SchemaNode>) {}

  definition(name: string): SchemaNode {
    return this.definitions[name];
  }

  /** The node and every node it stands for through local `$ref`s and `allOf`/`anyOf`/`oneOf`, each definition once. */
  expand(node: SchemaNode, seen: ReadonlySet<string> = new Set()): SchemaNode[] {
    if (node.$ref?.startsWith('#/definitions/')) {
      const name = node.$ref.slice('#/definitions/'.length);
      if (seen.has(name)) return [];
      return [node, ...this.expand(this.definitions[name], new Set([...seen, name]))];
    }
    return [
      node,
      ...[...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])].flatMap((child) =>
        this.expand(child, seen),
      ),
    ];
  }

  /** Each property of the node with every subschema given for it, in schema order. */
  properties(node: SchemaNode): Map<string, SchemaNode[]> {
    const properties = new Map<string, SchemaNode[]>();
    for (const each of this.expand(node)) {
      for (const [name, child] of Object.entries(each.properties ?? {})) {
        // `"title": true` in a closing `additionalProperties: false` object only allows the name.
        const schemas = properties.get(name) ?? [];
        if (typeof child === 'object') schemas.push(child);
        properties.set(name, schemas);
      }
    }
    return properties;
  }

  required(node: SchemaNode): Set<string> {
    return new Set(this.expand(node).flatMap((each) => each.required ?? []));
  }

  /** The first title, description or default any of the schemas (or what they refer to) gives. */
  first<K extends 'title' | 'description' | 'default'>(schemas: SchemaNode[], key: K): SchemaNode[K] | undefined {
    for (const schema of schemas.flatMap((each) => this.expand(each))) {
      if (schema[key] !== undefined) return schema[key];
    }
    return undefined;
  }

  /** The type in words: `string`, `boolean or expression`, `"L" | "M" | "S"`, `array of string`… */
  typeOf(schemas: SchemaNode[], depth = 0): string {
    const words = new Set<string>();
    for (const schema of schemas) {
      const expression = schema.$ref ? EXPRESSION_REF.exec(schema.$ref) : null;
      if (expression) {
        words.add(expression[1] === 'any' ? 'expression' : `${expression[1]} or expression`);
      } else if (schema.$ref?.startsWith('#/definitions/')) {
        const target = this.definitions[schema.$ref.slice('#/definitions/'.length)];
        words.add(depth < 2 && target ? this.typeOf([target], depth + 1) : 'object');
      } else if (schema.const !== undefined) {
        words.add(JSON.stringify(schema.const));
      } else if (schema.enum) {
        // A long list (autocomplete's 60 tokens) is shown by its first values.
        const values = schema.enum.map((value) => JSON.stringify(value));
        words.add(
          values.length > 6 ? `${values.slice(0, 5).join(' | ')} | … (${values.length} values)` : values.join(' | '),
        );
      } else if (schema.type) {
        const types = Array.isArray(schema.type) ? schema.type : [schema.type];
        for (const type of types) {
          words.add(
            type === 'array' && typeof schema.items === 'object' && depth < 2
              ? `array of ${this.typeOf([schema.items], depth + 1)}`
              : type,
          );
        }
      } else {
        const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
        if (branches.length > 0) words.add(this.typeOf(branches, depth + 1));
        else if (schema.allOf) words.add(this.typeOf(schema.allOf, depth + 1));
      }
    }
    return [...words].filter(Boolean).join(' or ') || 'any';
  }
}
