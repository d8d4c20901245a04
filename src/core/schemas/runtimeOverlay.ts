/**
 * Properties the Altinn runtime reads that its published JSON Schemas lack. The schemas are kept
 * by hand beside the code that reads the files, and they lag behind it; a property the app
 * backend or frontend reads must not be called unknown, nor its value go unchecked. Each entry is
 * added to the schema before it is compiled (at run time and for the validators the package
 * ships), and says which file and which reader it comes from. Sources, all in ../shared:
 * `altinn-app-openapi` (the app backend's `ApplicationMetadata`, `DataType`, `MessageBoxConfig`
 * models), `spec/app-api.md` §7.5, `spec/altinn-platform.md` §1.6 and §3.
 *
 * Names that nothing reads stay unknown: `appLogic.allowUserCreate`/`allowUserDelete` (the models
 * have `disallowUserCreate`/`disallowUserDelete`, which mean the opposite) and `allowInSubform`.
 */
export interface RuntimeProperty {
  /** `$id` of the schema the property is added to. */
  schema: string;
  /** Where in that schema: the path to the `properties` object that lacks it. */
  at: readonly string[];
  name: string;
  /** What the reader accepts. */
  accepts: Record<string, unknown>;
  /** Who reads it, for the documentation and for whoever updates the schemas. */
  readBy: string;
  /** The schema has it, but accepts less than the reader: its definition is replaced. */
  replaces?: true;
}

const METADATA = 'https://altinncdn.no/schemas/json/application/application-metadata.schema.v1.json';
const ROOT = ['properties'];
const boolean = { type: 'boolean' };

export const RUNTIME_PROPERTIES: readonly RuntimeProperty[] = [
  {
    schema: METADATA,
    at: ROOT,
    name: 'promptForParty',
    accepts: { enum: ['always', 'never'] },
    readBy: 'the frontend and the v9 backend, to ask which party the user acts for (altinn-platform §1.6)',
  },
  {
    schema: METADATA,
    at: ROOT,
    name: 'features',
    accepts: { type: 'object', additionalProperties: boolean },
    readBy: 'the backend and frontend feature switches (ApplicationMetadata.Features)',
  },
  {
    schema: METADATA,
    at: ROOT,
    name: 'altinnNugetVersion',
    accepts: { type: 'string' },
    readBy: 'the v8 frontend, which gates features on the backend version (app-api §10); the backend sets it',
  },
  {
    schema: METADATA,
    at: ROOT,
    name: 'externalApiIds',
    accepts: { type: ['array', 'null'], items: { type: 'string' } },
    readBy: 'the backend, for the externalApi expression function (ApplicationMetadata.ExternalApiIds)',
  },
  {
    schema: METADATA,
    at: ROOT,
    name: 'storageAccountNumber',
    accepts: { type: ['integer', 'null'] },
    readBy: 'storage, which keeps the app’s files in that account (Application.StorageAccountNumber)',
  },
  {
    schema: METADATA,
    at: ['definitions', 'dataType', 'properties'],
    name: 'allowedContributors',
    accepts: { type: ['array', 'null'], items: { type: 'string' } },
    readBy:
      'the backend, which refuses writes from others (DataType.AllowedContributors; the schema has only the old spelling allowedContributers)',
  },
  {
    schema: METADATA,
    at: ['definitions', 'messageBoxConfig', 'properties'],
    name: 'syncAdapterSettings',
    accepts: { type: 'object', additionalProperties: boolean },
    readBy: 'the Dialogporten adapter (MessageBoxConfig.SyncAdapterSettings, altinn-platform §3.3)',
  },
  {
    schema: METADATA,
    at: ['definitions'],
    name: 'hideSettings',
    // The schema takes one of the two; storage reads both together (HideSettings, altinn-platform §3.3).
    accepts: {
      type: 'object',
      additionalProperties: false,
      properties: { hideAlways: boolean, hideOnTask: { type: ['array', 'null'], items: { type: 'string' } } },
    },
    readBy: 'storage and the Dialogporten adapter, which hide an instance always or in the tasks listed',
    replaces: true,
  },
];

/**
 * The schema documents with the runtime's properties added. Documents are copied where they
 * change, so the caller's stay as they were.
 */
export function withRuntimeProperties(documents: readonly unknown[]): unknown[] {
  return documents.map((document) => {
    const id = (document as { $id?: unknown } | null)?.$id;
    const additions = RUNTIME_PROPERTIES.filter((property) => property.schema === id);
    if (additions.length === 0) return document;
    const copy = structuredClone(document) as Record<string, unknown>;
    for (const { at, name, accepts, replaces } of additions) {
      const properties = objectAt(copy, at);
      if (properties && (replaces || !(name in properties))) properties[name] = accepts;
    }
    return copy;
  });
}

/** The object at `path` in a schema, created where the path's last step is missing. */
export function objectAt(root: Record<string, unknown>, path: readonly string[]): Record<string, unknown> | undefined {
  let current: Record<string, unknown> = root;
  for (const [index, step] of path.entries()) {
    let next = current[step];
    if (next === undefined && index === path.length - 1) next = current[step] = {};
    if (next === null || typeof next !== 'object' || Array.isArray(next)) return undefined;
    current = next as Record<string, unknown>;
  }
  return current;
}
