import { componentTypesIn, componentTypesOf } from '../../core/app/layoutSetTypes.ts';
import type { LoadedLayoutSet } from '../../core/app/types.ts';

/** Types whose components show other components of the layout set (summaries of other pages). */
const SHOWS_OTHER_PAGES = new Set(['summary', 'summary2']);

const byLayoutSet = new WeakMap<LoadedLayoutSet, Map<string, readonly string[]>>();

/**
 * The component types whose renderers a page needs before it is shown: every type in its layout
 * file (a group's children are listed there too, so rows not yet added are covered), and, when
 * the page has a Summary or Summary2, every type of the layout set, since a summary may show any
 * of them. Computed once per page.
 */
export function rendererTypesOfPage(layoutSet: LoadedLayoutSet, page: string): readonly string[] {
  let pages = byLayoutSet.get(layoutSet);
  if (!pages) byLayoutSet.set(layoutSet, (pages = new Map()));
  let types = pages.get(page);
  if (!types) {
    const own = componentTypesIn(layoutSet, [page]);
    types = own.some((type) => SHOWS_OTHER_PAGES.has(type.toLowerCase())) ? rendererTypesOfLayoutSet(layoutSet) : own;
    pages.set(page, types);
  }
  return types;
}

/** Every component type of the layout set's pages, to load in the background once a page shows. */
export function rendererTypesOfLayoutSet(layoutSet: LoadedLayoutSet): readonly string[] {
  return componentTypesOf(layoutSet);
}
