import { builtinComponentTypes } from '../components/builtin.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { ExpectedType, ExpressionContext } from '../expressions/index.ts';
import { normalizeLayouts } from '../layout/normalize.ts';
import { buildPages } from './build.ts';
import type { Cell } from './cell.ts';
import { RowsController } from './rowsController.ts';
import { TreeRuntime, type Site } from './runtime.ts';
import type { EvaluationSite, FormTree, FormTreeInput } from './types.ts';

/**
 * Builds the node tree of a layout set over live data models. Rows follow the data, and every
 * expression value is computed on first use and recomputed only after a write to data it read.
 */
export function createFormTree(input: FormTreeInput): FormTree {
  const layouts = normalizeLayouts({
    layouts: input.layouts,
    defaultDataType: input.defaultDataType,
    fileOf: input.fileOf,
    componentTypes: input.componentTypes,
  });
  const runtime = new TreeRuntime(
    layouts,
    input.dataModels,
    input.defaultDataType,
    new Set(input.pageOrder),
    input.environment ?? {},
    input.componentTypes ?? builtinComponentTypes,
    input.format ?? 'v9',
  );
  const pages = buildPages(runtime);
  runtime.changedNodeIds.clear();

  const listeners = new Set<(changed: ReadonlySet<string>) => void>();
  const stale: Cell<unknown>[] = [];
  runtime.graph.onStale = (cell) => {
    if (listeners.size > 0) stale.push(cell);
  };

  const onWrite = (dataType: string, path: string): void => {
    // Values first computed between writes are no news to anyone.
    runtime.changedNodeIds.clear();
    const rowControllers = [...runtime.rowsIndex.affectedBy(dataType, path)].filter(
      (subscriber): subscriber is RowsController => subscriber instanceof RowsController && subscriber.isRelevant(path),
    );
    // Outer groups first: reconciling them may dispose inner groups, which then need no work.
    rowControllers.sort((a, b) => a.depth - b.depth);
    for (const controller of rowControllers) controller.reconcile();
    for (const subscriber of runtime.graph.dataIndex.affectedBy(dataType, path))
      subscriber.onDataChanged(dataType, path);
    // Only when someone listens are values recomputed eagerly, to tell which of them really changed.
    while (stale.length > 0) stale.pop()!.refresh();
    if (runtime.changedNodeIds.size === 0 || listeners.size === 0) {
      runtime.changedNodeIds.clear();
      return;
    }
    const changed = new Set(runtime.changedNodeIds);
    runtime.changedNodeIds.clear();
    for (const listener of listeners) listener(changed);
  };
  const unsubscribers = Object.entries(input.dataModels).map(([dataType, store]) =>
    store.subscribe((path) => onWrite(dataType, path)),
  );

  const toSite = (site: EvaluationSite): Site => {
    const node = site.node ? runtime.nodes.get(site.node.id) : undefined;
    return {
      page: node?.page ?? site.page ?? pages[0]?.key ?? '',
      node,
      location: site.location ?? node?.location,
      positionalArguments: site.positionalArguments,
      valueArguments: site.valueArguments,
    };
  };

  return {
    pages,
    page: (key) => runtime.pages.get(key),
    node: (indexedId) => runtime.nodes.get(indexedId),
    get diagnostics(): readonly Diagnostic[] {
      return [...layouts.diagnostics, ...runtime.diagnostics];
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get evaluationCount() {
      return runtime.evaluationCount;
    },
    get rowExpansionCount() {
      return runtime.rowExpansionCount;
    },
    get rowVisitCount() {
      return runtime.rowVisitCount;
    },
    get cellCount() {
      return runtime.cellCount;
    },
    expressionContext: (site): ExpressionContext => runtime.hostContext(toSite(site)),
    evaluateAt<T extends ExpectedType, D>(site: EvaluationSite, expression: unknown, expected: T, defaultValue: D) {
      return runtime.graph.untracked(() =>
        runtime.evaluate(expression, runtime.hostContext(toSite(site)), expected, defaultValue),
      );
    },
    dispose() {
      for (const unsubscribe of unsubscribers) unsubscribe();
      listeners.clear();
      for (const page of pages) page.dispose();
    },
  };
}
