import { plainChildren, type RawChildReference } from '../components/children.ts';
import { builtinComponentTypes } from '../components/builtin.ts';
import type { ComponentTypes } from '../components/registry.ts';

export type { RawChildReference } from '../components/children.ts';

/**
 * Every place a container names a child, as its type's definition says (§1.6). Types without a
 * `children` reader (and unknown types) fall back to a plain `children` array, so a placeholder
 * still owns its children instead of letting them render loose on the page.
 */
export function childReferencesOf(
  type: string,
  component: Readonly<Record<string, unknown>>,
  types: ComponentTypes = builtinComponentTypes,
): RawChildReference[] {
  return (types.get(type)?.children ?? plainChildren)(component);
}
