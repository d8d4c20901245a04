import type { ExpressionFormat } from '../expressions/index.ts';
import type { FormTree, LayoutNode } from '../tree/types.ts';
import { treeForTest } from './harness.ts';
import type { CaseResult, FunctionTestFile } from './types.ts';

/** One entry of `expectedContexts`: a page or component with its row indices and children. */
export interface ContextEntry {
  readonly component: string;
  readonly currentLayout: string;
  readonly rowIndices?: readonly number[];
  readonly children?: readonly ContextEntry[];
}

/** The evaluation contexts a tree expands to: pages, then components in hierarchy order, rows flattened. */
export function contextsOf(tree: FormTree): ContextEntry[] {
  return tree.pages.map((page) =>
    withChildren({ component: page.key, currentLayout: page.key }, page.children.map(contextOfNode)),
  );
}

function contextOfNode(node: LayoutNode): ContextEntry {
  const rowChildren = (node.rows ?? []).flatMap((row) => row.children);
  const entry = {
    component: node.baseId,
    currentLayout: node.page,
    ...(node.rowIndices.length > 0 ? { rowIndices: node.rowIndices } : {}),
  };
  return withChildren(entry, [...node.children, ...rowChildren].map(contextOfNode));
}

function withChildren(entry: ContextEntry, children: ContextEntry[]): ContextEntry {
  return children.length > 0 ? { ...entry, children } : entry;
}

/** Order-insensitive form for comparison: entries sorted by component, then row indices. */
function canonical(entries: readonly unknown[]): unknown[] {
  const normalized = entries.map((raw) => {
    const entry = (raw ?? {}) as ContextEntry;
    const children = Array.isArray(entry.children) && entry.children.length > 0 ? canonical(entry.children) : undefined;
    return {
      component: entry.component,
      currentLayout: entry.currentLayout,
      rowIndices: entry.rowIndices && entry.rowIndices.length > 0 ? entry.rowIndices : undefined,
      children,
    };
  });
  const key = (entry: { component?: string; rowIndices?: readonly number[] }) =>
    `${entry.component}\u0000${JSON.stringify(entry.rowIndices ?? [])}`;
  return normalized.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function runContextListTest(file: string, test: FunctionTestFile, format: ExpressionFormat): CaseResult[] {
  const tree = treeForTest(test, format);
  try {
    const expected = JSON.stringify(canonical(test.expectedContexts ?? []));
    const got = JSON.stringify(canonical(contextsOf(tree)));
    const caseName = test.name ?? 'contexts';
    return [
      got === expected ? { file, caseName, status: 'passed' } : { file, caseName, status: 'failed', expected, got },
    ];
  } finally {
    tree.dispose();
  }
}
