import type { FormTree, LayoutNode, RowNode } from '../tree/types.ts';

/** Every node in reading order: pages in page order (others after), then layout order, rows in order. */
export function walkTree(tree: FormTree, pageOrder: readonly string[]): LayoutNode[] {
  const rank = (key: string) => {
    const index = pageOrder.indexOf(key);
    return index < 0 ? pageOrder.length : index;
  };
  const pages = [...tree.pages].sort((a, b) => rank(a.key) - rank(b.key));
  const out: LayoutNode[] = [];
  for (const page of pages) for (const node of page.children) walkNode(node, out);
  return out;
}

export function walkNode(node: LayoutNode, out: LayoutNode[]): void {
  out.push(node);
  for (const child of node.children) walkNode(child, out);
  for (const row of node.rows ?? []) walkRow(row, out);
}

export function walkRow(row: RowNode, out: LayoutNode[]): void {
  for (const child of row.children) walkNode(child, out);
}
