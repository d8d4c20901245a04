import { DataModelStore } from '../../../src/core/data/store.ts';
import type { ExpressionFormat } from '../../../src/core/expressions/index.ts';
import { createFormTree, type FormEnvironment, type FormTree } from '../../../src/core/tree/index.ts';

export interface TestForm {
  tree: FormTree;
  store: DataModelStore;
}

/** A one-model form; `pages` maps page key → layout array (or a full page `data` object). */
export function formOf(
  pages: Record<string, unknown[] | { layout: unknown[]; hidden?: unknown }>,
  data: unknown = {},
  options: { pageOrder?: string[]; environment?: FormEnvironment; format?: ExpressionFormat } = {},
): TestForm {
  const store = new DataModelStore(data);
  const layouts = Object.fromEntries(
    Object.entries(pages).map(([key, value]) => [key, { data: Array.isArray(value) ? { layout: value } : value }]),
  );
  const tree = createFormTree({
    layouts,
    pageOrder: options.pageOrder ?? Object.keys(pages),
    defaultDataType: 'model',
    dataModels: { model: store },
    fileOf: (page) => `App/ui/form/layouts/${page}.json`,
    environment: options.environment,
    format: options.format,
  });
  return { tree, store };
}

export const rows = (count: number, make: (index: number) => Record<string, unknown> = () => ({})) =>
  Array.from({ length: count }, (_, index) => ({ altinnRowId: `row-${index}`, ...make(index) }));
