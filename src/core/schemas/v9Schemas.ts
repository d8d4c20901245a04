import { objectAt } from './runtimeOverlay.ts';

const LAYOUT = 'https://altinncdn.no/schemas/json/layout/layout.schema.v1.json';
const LAYOUT_SETTINGS = 'https://altinncdn.no/schemas/json/layout/layoutSettings.schema.v1.json';

/**
 * The schemas a v9 app is checked against. v9 publishes the files it keeps by hand (the
 * expression schema changed: `list`, `object`, `jmespath`, `sum`, `average`, `count`), under the
 * same `$id`s as v8, so they replace the v8 ones; the generated ones (layout, layoutSettings) are
 * not published and are derived from the v8 ones with the edits altinn-v9.md §13 lists: a UI
 * folder's Settings.json gains `defaultDataType` and `type`, and grid styling loses `xl`.
 * Component renames (`Header` → `Heading`) are not made here: files are checked as skjema reads
 * them, under the v8 names (schemaCompatibility.ts).
 */
export function v9SchemaDocuments(v8: readonly unknown[], v9: readonly unknown[]): unknown[] {
  const own = new Map(v9.map((document) => [idOf(document), document]));
  return v8.map((document) => {
    const id = idOf(document);
    if (own.has(id)) return own.get(id);
    if (id === LAYOUT_SETTINGS) return withFolderSettings(document);
    if (id === LAYOUT) return withoutXl(document);
    return document;
  });
}

function idOf(document: unknown): unknown {
  return (document as { $id?: unknown } | null)?.$id;
}

function withFolderSettings(document: unknown): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  const properties = objectAt(copy, ['definitions', 'ILayoutSettings', 'properties']);
  if (properties) {
    properties.defaultDataType = { type: 'string', title: 'The data type of the folder’s default data model' };
    properties.type = { type: 'string', title: 'What the folder is for ("subform")' };
  }
  return copy;
}

/** `xl` is gone from grid styling, and from the list of names a component's `grid` may have. */
function withoutXl(document: unknown): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  for (const name of ['IGridStyling', 'IGrid']) {
    const definition = objectAt(copy, ['definitions', name]);
    const parts = [definition, ...((definition?.allOf as unknown[] | undefined) ?? [])];
    for (const part of parts) {
      const properties = (part as { properties?: Record<string, unknown> } | undefined)?.properties;
      if (properties) delete properties.xl;
    }
  }
  return copy;
}
