import type { ComponentTypes } from '../components/registry.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { LIMITS } from '../limits/limits.ts';
import { childReferencesOf } from './childReferences.ts';
import type { ChildReference, NormalizedComponent } from './types.ts';

/** A component while its page is being linked; frozen into a `ComponentEntry` afterwards. */
export interface MutableEntry {
  component: NormalizedComponent;
  page: string;
  pointer: string;
  known: boolean;
  syntheticOf?: string;
  parent?: string;
  children: ChildReference[];
}

/** Links each container on a page to its children, reporting unknown children and second parents where they are written. */
export function linkChildren(
  pageIds: readonly string[],
  components: Map<string, MutableEntry>,
  file: string | undefined,
  diagnostics: Diagnostic[],
  types?: ComponentTypes,
): void {
  const onPage = new Set(pageIds);
  for (const parentId of pageIds) {
    const parent = components.get(parentId)!;
    if (parent.syntheticOf) continue;
    for (const reference of childReferencesOf(parent.component.type, parent.component, types)) {
      const pointer = parent.pointer + reference.relativePointer;
      const child = onPage.has(reference.id) ? components.get(reference.id) : undefined;
      const problem = !child
        ? `Child "${reference.id}" of "${parentId}" does not exist on page "${parent.page}"; it is left out`
        : reference.id === parentId
          ? `"${parentId}" lists itself as a child`
          : child.parent !== undefined
            ? `Child "${reference.id}" of "${parentId}" already belongs to "${child.parent}"`
            : undefined;
      if (problem || !child) {
        // The container renders without that child, as in the reference frontend: a warning.
        diagnostics.push({
          severity: child ? 'error' : 'warning',
          code: child ? 'double-parent' : 'unknown-child',
          message: problem ?? '',
          file,
          pointer,
          componentId: parentId,
        });
        continue;
      }
      child.parent = parentId;
      parent.children.push({
        id: reference.id,
        pointer,
        placement: reference.placement,
        ...(reference.multiPageIndex !== undefined ? { multiPageIndex: reference.multiPageIndex } : {}),
      });
    }
  }
}

/**
 * Components only reachable through a cycle (A ⊃ B ⊃ A) would never be built; the first such
 * component is cut loose from its parent and reported, which keeps it on the page once.
 */
export function breakCycles(
  pageIds: readonly string[],
  components: Map<string, MutableEntry>,
  file: string | undefined,
  diagnostics: Diagnostic[],
): string[] {
  const topLevel = pageIds.filter((id) => components.get(id)!.parent === undefined);
  const reached = new Set<string>();
  const visit = (id: string): void => {
    if (reached.has(id)) return;
    reached.add(id);
    for (const child of components.get(id)!.children) visit(child.id);
  };
  topLevel.forEach(visit);
  for (const id of pageIds) {
    if (reached.has(id)) continue;
    const entry = components.get(id)!;
    const parent = components.get(entry.parent!)!;
    const reference = parent.children.find((child) => child.id === id)!;
    parent.children = parent.children.filter((child) => child !== reference);
    entry.parent = undefined;
    diagnostics.push({
      severity: 'error',
      code: 'child-cycle',
      message: `"${id}" is its own ancestor through "${parent.component.id}"`,
      file,
      pointer: reference.pointer,
      componentId: parent.component.id,
    });
    topLevel.push(id);
    visit(id);
  }
  return topLevel;
}

/**
 * A container chain (a group in a group in …) deeper than `LIMITS.componentNesting` is cut where
 * it passes the limit: that child, with what it holds, is left out and reported. Rendering nests
 * elements per level, and thousands of levels would overflow the call stack; the walk itself keeps
 * its own stack.
 */
export function limitNesting(
  topLevel: readonly string[],
  components: Map<string, MutableEntry>,
  file: string | undefined,
  diagnostics: Diagnostic[],
): void {
  const stack = topLevel.map((id) => ({ id, depth: 1 }));
  while (stack.length > 0) {
    const { id, depth } = stack.pop()!;
    const entry = components.get(id)!;
    if (depth < LIMITS.componentNesting) {
      for (const child of entry.children) stack.push({ id: child.id, depth: depth + 1 });
      continue;
    }
    for (const child of entry.children) {
      components.get(child.id)!.parent = undefined;
      diagnostics.push({
        severity: 'error',
        code: 'limit-nesting',
        message: `"${child.id}" is nested more than ${LIMITS.componentNesting} containers deep; it is left out, with what it holds`,
        file,
        pointer: child.pointer,
        componentId: id,
      });
    }
    entry.children = [];
  }
}
