import type { LoadedLayoutSet } from './types.ts';

const everyTypeOf = new WeakMap<LoadedLayoutSet, readonly string[]>();

/** Every component type of the layout set's pages (a group's children are listed there too). Computed once per layout set. */
export function componentTypesOf(layoutSet: LoadedLayoutSet): readonly string[] {
  let types = everyTypeOf.get(layoutSet);
  if (!types) everyTypeOf.set(layoutSet, (types = componentTypesIn(layoutSet, Object.keys(layoutSet.layouts))));
  return types;
}

/** The component types in the layout files of `pages`. */
export function componentTypesIn(layoutSet: LoadedLayoutSet, pages: readonly string[]): string[] {
  const types = new Set<string>();
  for (const page of pages) {
    const layout = layoutSet.layouts[page]?.data.layout;
    if (!Array.isArray(layout)) continue;
    for (const component of layout) if (typeof component?.type === 'string') types.add(component.type);
  }
  return [...types];
}
