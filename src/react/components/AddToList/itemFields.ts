import { schemaAtPath, schemaTypeOf, type JsonSchemaNode } from '../../../core/data/schemaLookup.ts';

export type ItemFieldKind = 'text' | 'number' | 'integer' | 'date' | 'boolean' | 'choice' | 'list' | 'choices';

/** The type of each value in an array of primitives (`list`). */
export type ListItemKind = 'text' | 'number' | 'integer';

/** One input of the AddToList dialog, from a property of the array's item schema. */
export interface ItemField {
  kind: ItemFieldKind;
  /** Path from the row to the value (`owner.name`); also names the value while the dialog is open. */
  key: string;
  label: string;
  description?: string;
  required: boolean;
  /** The allowed values of an `enum` property (`choice`) or of an array's items (`choices`). */
  choices?: string[];
  /** For `list`: what each line must be. */
  itemKind?: ListItemKind;
}

/** A nested object of the item: its fields under a legend of their own. */
export interface ItemGroup {
  kind: 'group';
  key: string;
  label: string;
  description?: string;
  /** Whether the object itself must be there; its own `required` apply only when it is. */
  required: boolean;
  entries: ItemEntry[];
}

/**
 * An array of objects inside the row (`helpers: [{ name, phone }]`): a short list in the dialog,
 * each inner item a group of its own fields.
 */
export interface ItemList {
  kind: 'items';
  key: string;
  label: string;
  description?: string;
  required: boolean;
  /** What one inner item is called ("Hjelper"): the items schema's title, else the list's label. */
  itemLabel: string;
  /** The fields of one inner item, keyed from the inner item rather than from the row. */
  entries: ItemEntry[];
}

export type ItemEntry = ItemField | ItemGroup | ItemList;

/** Properties the form fills in itself. */
const SKIPPED = new Set(['altinnRowId']);

/**
 * Nested objects deeper than this get no fields: a dialog of fieldsets within fieldsets stops
 * being usable, and a schema that refers to itself would otherwise never end. What is left out
 * keeps its data when a row is edited.
 */
export const MAX_NESTING = 3;

/**
 * The fields a row of the array at `field` has, as its item schema describes them: primitives as
 * inputs, nested objects as groups (down to `MAX_NESTING`), arrays of primitives as `list` or
 * `choices`, arrays of objects as `items`.
 *
 * Arrays of objects are lists only one level down: inside an inner item, a further array of
 * objects gets no field (its data is kept). A list of lists in one dialog would put add and
 * remove buttons inside groups inside groups, where neither the layout nor a screen reader's
 * reading of "which item of which item" stays followable; such data belongs in a subform.
 */
export function itemFieldsOf(schema: unknown, field: string): ItemEntry[] {
  const item = schemaAtPath(schema, `${field}[0]`);
  return item ? entriesOf(schema, `${field}[0]`, item, '', 1, true) : [];
}

/**
 * `at` is the object's path in the data model: properties are looked up from the root schema, so
 * that `$ref`s into its `definitions` resolve.
 */
function entriesOf(
  root: unknown,
  at: string,
  object: JsonSchemaNode,
  prefix: string,
  depth: number,
  listsAllowed: boolean,
): ItemEntry[] {
  const properties = object.properties;
  if (!properties || typeof properties !== 'object') return [];
  const required = new Set(Array.isArray(object.required) ? object.required.filter((k) => typeof k === 'string') : []);
  const entries: ItemEntry[] = [];
  for (const name of Object.keys(properties)) {
    if (SKIPPED.has(name)) continue;
    const path = `${at}.${name}`;
    const property = schemaAtPath(root, path);
    if (!property) continue;
    const key = prefix === '' ? name : `${prefix}.${name}`;
    const common = {
      key,
      label: typeof property.title === 'string' ? property.title : name,
      description: typeof property.description === 'string' ? property.description : undefined,
      required: required.has(name),
    };
    const type = schemaTypeOf(property);
    if (type === 'object' && !hasEnum(property)) {
      if (depth > MAX_NESTING) continue;
      const nested = entriesOf(root, path, property, key, depth + 1, listsAllowed);
      if (nested.length > 0) entries.push({ ...common, kind: 'group', entries: nested });
      continue;
    }
    if (type === 'array') {
      const items = schemaAtPath(root, `${path}[0]`);
      if (items && schemaTypeOf(items) === 'object' && !hasEnum(items)) {
        if (!listsAllowed || depth > MAX_NESTING) continue;
        const inner = entriesOf(root, `${path}[0]`, items, '', depth + 1, false);
        const itemLabel = typeof items.title === 'string' ? items.title : common.label;
        if (inner.length > 0) entries.push({ ...common, kind: 'items', itemLabel, entries: inner });
        continue;
      }
      const list = listFieldOf(items);
      if (list) entries.push({ ...common, ...list });
      continue;
    }
    const kind = primitiveKindOf(property);
    if (kind) entries.push({ ...common, kind, choices: kind === 'choice' ? enumOf(property) : undefined });
  }
  return entries;
}

/**
 * An array of enum values is a set of checkboxes; any other array of primitives is one value per
 * line in a text area. Lines rather than commas, as Norwegian numbers use the decimal comma and
 * free text often holds commas, so a comma-separated field could not be read back unambiguously;
 * one text area (rather than a row of inputs with add and remove buttons) keeps the dialog short.
 */
function listFieldOf(items: JsonSchemaNode | undefined): Pick<ItemField, 'kind' | 'choices' | 'itemKind'> | undefined {
  if (!items) return undefined;
  if (hasEnum(items)) return { kind: 'choices', choices: enumOf(items) };
  const type = schemaTypeOf(items);
  if (type === 'string') return { kind: 'list', itemKind: 'text' };
  if (type === 'number' || type === 'integer') return { kind: 'list', itemKind: type };
  return undefined;
}

function primitiveKindOf(property: JsonSchemaNode): ItemFieldKind | undefined {
  if (hasEnum(property)) return 'choice';
  const type = schemaTypeOf(property);
  if (type === 'string') return property.format === 'date' ? 'date' : 'text';
  if (type === 'number' || type === 'integer' || type === 'boolean') return type;
  return undefined;
}

function hasEnum(node: JsonSchemaNode): boolean {
  return Array.isArray(node.enum) && node.enum.length > 0;
}

function enumOf(node: JsonSchemaNode): string[] {
  return (node.enum as unknown[]).filter((value) => value !== null).map(String);
}
