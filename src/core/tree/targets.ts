import { ExpressionRuntimeError } from '../expressions/errors.ts';
import type { ComponentEntry } from '../layout/types.ts';
import type { LayoutNodeImpl } from './layoutNode.ts';
import type { Site, TreeRuntime } from './runtime.ts';
import { rowIndexWithin, transposeField } from './transpose.ts';

export interface ResolvedTarget {
  readonly entry: ComponentEntry;
  readonly indexedId: string;
  /** Undefined when the row the target would live in does not exist (yet). */
  readonly node?: LayoutNodeImpl;
}

export function notFound(id: string): ExpressionRuntimeError {
  return new ExpressionRuntimeError(`Unable to find component with identifier ${id}`);
}

/**
 * Finds the node `["component", id]` means from `site`: a target inside repeating groups takes
 * the row indexes from the site's data location, matched against each group's array binding.
 * A target in rows the site is not inside of has no meaningful row, which is an error (§3.3).
 */
export function resolveTarget(runtime: TreeRuntime, site: Site, id: string): ResolvedTarget {
  const entry = runtime.layouts.components.get(id);
  if (!entry) throw notFound(id);
  const groups = repeatingAncestors(runtime, entry);
  if (groups.length === 0) return { entry, indexedId: id, node: runtime.nodes.get(id) };
  const location = site.location;
  if (!location) throw notFound(id);
  let prefix: string | undefined;
  const indices: number[] = [];
  for (const group of groups) {
    const binding = group.component.dataModelBindings?.[group.component.type === 'Likert' ? 'questions' : 'group'];
    if (!binding || binding.dataType !== location.dataType) throw notFound(id);
    const arrayPath = prefix === undefined ? binding.field : transposeField(binding.field, prefix);
    const index = rowIndexWithin(arrayPath, location.path);
    if (index === undefined) throw notFound(id);
    indices.push(index);
    prefix = `${arrayPath}[${index}]`;
  }
  const indexedId = id + indices.map((index) => `-${index}`).join('');
  const node = runtime.nodes.get(indexedId);
  // When the row is missing, depend on it so the lookup is redone once the row appears.
  if (!node && prefix !== undefined) runtime.readData(location.dataType, prefix);
  return { entry, indexedId, node };
}

/** The RepeatingGroups/Likerts whose rows contain the component, outermost first. */
export function repeatingAncestors(runtime: TreeRuntime, entry: ComponentEntry): ComponentEntry[] {
  const out: ComponentEntry[] = [];
  let current = entry;
  while (current.parent !== undefined) {
    const parent = runtime.layouts.components.get(current.parent);
    if (!parent) break;
    const reference = parent.children.find((child) => child.id === current.component.id);
    if (reference?.placement === 'row') out.unshift(parent);
    current = parent;
  }
  return out;
}
