import { storyNameFromExport, toId } from 'storybook/internal/csf';
import { COMMON_PROPERTIES } from '../compatibility/componentTable.ts';
import { SchemaReader, type SchemaNode } from './schemaNodes.ts';

export interface ComponentStories {
  /** The story file's `title`, e.g. `Components/Input`. */
  readonly title: string;
  /** Its story exports. */
  readonly exports: readonly string[];
}

export interface ComponentReference {
  readonly type: string;
  readonly properties: readonly { name: string; type: string; default: string; description: string }[];
  readonly bindings: readonly { name: string; required: boolean }[];
  readonly example: Record<string, unknown>;
  /** The Storybook id of its first story. */
  readonly story?: string;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/** The reference of every component type of the layout schema, from the schema and the story files. */
export function componentReferences(
  layoutSchema: { definitions: Record<string, SchemaNode> },
  storiesOf: (type: string) => ComponentStories | undefined,
): ComponentReference[] {
  const reader = new SchemaReader(layoutSchema.definitions);
  const types = Object.keys(layoutSchema.definitions)
    .map((name) => /^Comp(.+)External$/.exec(name)?.[1])
    .filter((type): type is string => type !== undefined)
    .sort((a, b) => a.localeCompare(b));
  return types.map((type) => {
    const node = reader.definition(`Comp${type}External`);
    const properties = reader.properties(node);
    const required = reader.required(node);
    const bindingSchemas = properties.get('dataModelBindings') ?? [];
    const bindingProperties = new Map<string, SchemaNode[]>();
    const requiredBindings = new Set<string>();
    for (const schema of bindingSchemas) {
      for (const [name, schemas] of reader.properties(schema)) bindingProperties.set(name, schemas);
      for (const name of reader.required(schema)) requiredBindings.add(name);
    }
    const stories = storiesOf(type);
    return {
      type,
      properties: [...properties]
        .filter(([name]) => !(COMMON_PROPERTIES as readonly string[]).includes(name) && name !== 'dataModelBindings')
        .map(([name, schemas]) => {
          const fallback = reader.first(schemas, 'default');
          return {
            name: required.has(name) ? `${name} (required)` : name,
            type: clean(reader.typeOf(schemas)),
            default: fallback === undefined ? '' : clean(JSON.stringify(fallback)),
            description: clean(describe(reader, schemas)),
          };
        }),
      bindings: [...bindingProperties.keys()].map((name) => ({ name, required: requiredBindings.has(name) })),
      example: exampleOf(type, properties, required, requiredBindings, [...bindingProperties.keys()][0], reader),
      story: stories?.exports[0] ? toId(stories.title, storyNameFromExport(stories.exports[0])) : undefined,
    };
  });
}

/** The schema's description, else its title when that is words (not a type name such as `IFormatting`). */
function describe(reader: SchemaReader, schemas: SchemaNode[]): string {
  const description = reader.first(schemas, 'description');
  if (description) return description;
  const title = reader.first(schemas, 'title') ?? '';
  return title.includes(' ') ? title : '';
}

/** The smallest component of the type: its id, type, required bindings and required properties. */
function exampleOf(
  type: string,
  properties: Map<string, SchemaNode[]>,
  required: Set<string>,
  requiredBindings: Set<string>,
  firstBinding: string | undefined,
  reader: SchemaReader,
): Record<string, unknown> {
  const example: Record<string, unknown> = { id: `my-${type.toLowerCase()}`, type };
  // Bindings the schema requires as a whole but none of them by name (Map: one of several) get the first.
  const bindings =
    requiredBindings.size > 0 || !required.has('dataModelBindings') ? [...requiredBindings] : [firstBinding];
  if (bindings.length > 0 && bindings[0] !== undefined) {
    example.dataModelBindings = Object.fromEntries(bindings.map((name) => [name, `model.${name}`]));
  }
  for (const name of required) {
    if (name in example || name === 'dataModelBindings') continue;
    example[name] = sampleOf(properties.get(name) ?? [], reader);
  }
  return example;
}

function sampleOf(schemas: SchemaNode[], reader: SchemaReader): unknown {
  const fallback = reader.first(schemas, 'default');
  if (fallback !== undefined) return fallback;
  for (const schema of schemas.flatMap((each) => reader.expand(each))) {
    if (schema.const !== undefined) return schema.const;
    if (schema.enum?.length) return schema.enum[0];
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    if (type === 'string') return 'my-value';
    if (type === 'number' || type === 'integer') return 1;
    if (type === 'boolean') return false;
    if (type === 'array') return [];
    if (type === 'object') return {};
  }
  return 'my-value';
}

/** The layout reference page: the common properties once, then every type. */
export function componentReferenceMarkdown(references: readonly ComponentReference[]): string {
  const lines = [
    '# Layout reference: components',
    '',
    '<!-- Generated by `npm run docs:reference` from the Altinn layout schema (layout.schema.v1.json) and the story',
    'files; tests/docs/reference.test.ts fails when it is stale. Do not edit by hand. -->',
    '',
    `Every component type of the Altinn layout schema (${references.length} types), with the properties the schema`,
    'gives it, its data-model bindings, the smallest valid component and a link to its live story. What',
    'skjema does with each property, and what it leaves out, is in',
    '[compatibility.md](../compatibility.md#components-61-of-61-types).',
    '',
    `Every type also has the common properties, not repeated below: ${COMMON_PROPERTIES.map((name) => `\`${name}\``).join(', ')}.`,
    '',
    references.map((reference) => `[${reference.type}](#${reference.type.toLowerCase()})`).join(' · '),
  ];
  for (const reference of references) {
    lines.push('', `## ${reference.type}`, '');
    if (reference.story) lines.push(`[Live story](?path=/story/${reference.story})`, '');
    if (reference.bindings.length > 0) {
      const bindings = reference.bindings.map(
        (binding) => `\`${binding.name}\`${binding.required ? ' (required)' : ''}`,
      );
      lines.push(`Data-model bindings: ${bindings.join(', ')}.`, '');
    } else {
      lines.push('No data-model bindings.', '');
    }
    if (reference.properties.length > 0) {
      lines.push('| property | type | default | description |', '| --- | --- | --- | --- |');
      for (const property of reference.properties) {
        lines.push(`| \`${property.name}\` | ${property.type} | ${property.default} | ${property.description} |`);
      }
      lines.push('');
    }
    lines.push('<!-- snippet: component -->', '', '```json', JSON.stringify(reference.example, null, 2), '```');
  }
  return `${lines.join('\n')}\n`;
}
