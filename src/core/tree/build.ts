import type { ChildReference, ComponentEntry } from '../layout/types.ts';
import { LayoutNodeImpl, type Placement } from './layoutNode.ts';
import { PageNodeImpl } from './pageNode.ts';
import type { RowNodeImpl } from './rowNode.ts';
import { RowsController } from './rowsController.ts';
import type { TreeRuntime } from './runtime.ts';

/** Expands every page of the normalised layouts into nodes; rows follow the data from here on. */
export function buildPages(runtime: TreeRuntime): PageNodeImpl[] {
  const pages = runtime.layouts.pages.map((source) => {
    const page = new PageNodeImpl(runtime, source);
    runtime.pages.set(source.key, page);
    return page;
  });
  for (const page of pages) {
    const source = runtime.layouts.pages.find((candidate) => candidate.key === page.key)!;
    for (const id of source.topLevel) {
      page.children.push(
        buildNode(runtime, runtime.layouts.components.get(id)!, undefined, undefined, { rowIndices: [] }, undefined),
      );
    }
  }
  return pages;
}

function buildNode(
  runtime: TreeRuntime,
  entry: ComponentEntry,
  parent: LayoutNodeImpl | undefined,
  row: RowNodeImpl | undefined,
  placement: Placement,
  multiPageIndex: number | undefined,
): LayoutNodeImpl {
  const node = new LayoutNodeImpl(runtime, entry, parent, row, placement, multiPageIndex);
  for (const reference of entry.children) {
    if (reference.placement !== 'static') continue;
    node.children.push(
      buildNode(runtime, runtime.layouts.components.get(reference.id)!, node, undefined, placement, undefined),
    );
  }
  if (runtime.componentTypes.get(entry.component.type)?.bindings?.rows !== undefined) {
    node.rowsController = new RowsController(runtime, node, (reference: ChildReference, owner, rowNode, rowPlacement) =>
      buildNode(
        runtime,
        runtime.layouts.components.get(reference.id)!,
        owner,
        rowNode,
        rowPlacement,
        reference.multiPageIndex,
      ),
    );
    node.rowsController.start();
  }
  return node;
}
