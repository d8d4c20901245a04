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
  const { entry, explicit } = findEntry(runtime, id);
  const groups = repeatingAncestors(runtime, entry);
  if (explicit.length > groups.length) throw notFound(id);
  const baseId = entry.component.id;
  if (groups.length === 0) return { entry, indexedId: baseId, node: runtime.nodes.get(baseId) };
  const location = site.location;
  let prefix: string | undefined;
  let dataType: string | undefined;
  const indices: number[] = [];
  for (const [level, group] of groups.entries()) {
    const binding = group.component.dataModelBindings?.[runtime.rowsBindingKey(group.component.type)];
    if (!binding) throw notFound(id);
    const arrayPath = prefix === undefined ? binding.field : transposeField(binding.field, prefix);
    const index =
      level < explicit.length
        ? explicit[level]
        : location?.dataType === binding.dataType
          ? rowIndexWithin(arrayPath, location.path)
          : undefined;
    if (index === undefined) throw notFound(id);
    indices.push(index);
    prefix = `${arrayPath}[${index}]`;
    dataType = binding.dataType;
  }
  const indexedId = baseId + indices.map((index) => `-${index}`).join('');
  const node = runtime.nodes.get(indexedId);
  // When the row is missing, depend on it so the lookup is redone once the row appears.
  if (!node && prefix !== undefined && dataType !== undefined && runtime.stores[dataType])
    runtime.readData(dataType, prefix);
  return { entry, indexedId, node };
}

// Row indexes are `-` and 1–5 digits (§1.4): ids may not end so, though `-123456` is a legal ending.
const ROW_SUFFIX = /^(.+?)((?:-[0-9]{1,5})+)$/;

/**
 * A plain component id, or an indexed one (`name-1-0`) whose trailing numbers pin the outermost
 * rows; ids cannot end in `-<digits>` themselves, so the two never clash (§1.4). A component whose
 * id is written that way anyway is found by its exact id first.
 */
export function findEntry(runtime: TreeRuntime, id: string): { entry: ComponentEntry; explicit: number[] } {
  const entry = runtime.layouts.components.get(id);
  if (entry) return { entry, explicit: [] };
  const match = ROW_SUFFIX.exec(id);
  const base = match ? runtime.layouts.components.get(match[1]) : undefined;
  if (!match || !base) throw notFound(id);
  return { entry: base, explicit: match[2].slice(1).split('-').map(Number) };
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
