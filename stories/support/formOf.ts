import type { AppOption, LoadedLayoutSet, RawComponent, TextResource } from '../../src/core/index.ts';

export interface StoryAppOptions {
  /** Texts per language; every story gets nb, and en/nn where the story sets them. */
  texts?: Record<string, TextResource[]>;
  options?: Record<string, AppOption[]>;
  /** JSON Schema of the data model, for typed fields. */
  schema?: unknown;
  pages?: Record<string, RawComponent[]>;
}

/** A one-page layout set in memory, for stories and tests that render a few components. */
export function formOf(components: RawComponent[], app: StoryAppOptions = {}): LoadedLayoutSet {
  const pages = app.pages ?? { page1: components };
  return {
    id: 'story',
    dataType: 'model',
    pageOrder: Object.keys(pages),
    layouts: Object.fromEntries(Object.entries(pages).map(([key, layout]) => [key, { data: { layout } }])),
    layoutFiles: Object.fromEntries(Object.keys(pages).map((key) => [key, `App/ui/story/layouts/${key}.json`])),
    settings: { pages: { order: Object.keys(pages) } },
    dataModelSchemas: app.schema ? { model: app.schema } : {},
    texts: app.texts ?? { nb: [] },
    options: app.options ?? {},
  };
}
