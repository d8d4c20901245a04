import { convertForSchemaType } from '../../../core/data/convert.ts';
import { schemaAtPath, schemaTypeOf, type JsonSchemaNode } from '../../../core/data/schemaLookup.ts';

export type ItemFieldKind = 'text' | 'number' | 'integer' | 'date' | 'boolean' | 'choice';

/** One input of the AddToList dialog, from a property of the array's item schema. */
export interface ItemField {
  key: string;
  label: string;
  description?: string;
  kind: ItemFieldKind;
  required: boolean;
  /** The allowed values of an `enum` property. */
  choices?: string[];
}

/** Properties the form fills in itself, or that a flat dialog cannot edit. */
const SKIPPED = new Set(['altinnRowId']);

/**
 * The fields a new row of the array at `field` has, as its item schema describes them. Nested
 * objects and arrays are left out: they need a form of their own.
 */
export function itemFieldsOf(schema: unknown, field: string): ItemField[] {
  const item = schemaAtPath(schema, `${field}[0]`);
  const properties = item?.properties;
  if (!properties || typeof properties !== 'object') return [];
  const required = new Set(Array.isArray(item.required) ? item.required.filter((k) => typeof k === 'string') : []);
  const fields: ItemField[] = [];
  for (const key of Object.keys(properties)) {
    if (SKIPPED.has(key)) continue;
    const property = schemaAtPath(item, key);
    const kind = kindOf(property);
    if (!kind) continue;
    fields.push({
      key,
      label: typeof property?.title === 'string' ? property.title : key,
      description: typeof property?.description === 'string' ? property.description : undefined,
      kind,
      required: required.has(key),
      choices: kind === 'choice' ? (property?.enum as unknown[]).map(String) : undefined,
    });
  }
  return fields;
}

function kindOf(property: JsonSchemaNode | undefined): ItemFieldKind | undefined {
  if (!property) return undefined;
  if (Array.isArray(property.enum) && property.enum.length > 0) return 'choice';
  const type = schemaTypeOf(property);
  if (type === 'string') return property.format === 'date' ? 'date' : 'text';
  if (type === 'number' || type === 'integer' || type === 'boolean') return type;
  return undefined;
}

export type ItemValues = Record<string, string | boolean>;

export type ItemProblem = 'required' | 'number';

/** The typed row to store, or the problem per field that keeps it from being stored. */
export function rowFrom(
  fields: readonly ItemField[],
  values: ItemValues,
): { row: Record<string, unknown>; problems: Record<string, ItemProblem> } {
  const row: Record<string, unknown> = {};
  const problems: Record<string, ItemProblem> = {};
  for (const field of fields) {
    const value = values[field.key];
    // An unticked box is an answer (false), so a required boolean is always filled in.
    if (field.kind === 'boolean') {
      row[field.key] = value === true;
      continue;
    }
    const text = typeof value === 'string' ? value : '';
    if (text.trim() === '') {
      if (field.required) problems[field.key] = 'required';
      continue;
    }
    const converted = convertForSchemaType(
      text,
      field.kind === 'number' || field.kind === 'integer' ? field.kind : 'string',
    );
    if (converted.ok) row[field.key] = converted.value;
    else problems[field.key] = 'number';
  }
  return { row, problems };
}
