import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { LoadedLayoutSet } from '../../core/app/types.ts';

/**
 * The layout sets of the app's subforms (`"type": "subform"` in layout-sets.json), which a
 * Subform component names by id (`layoutSet`). A standalone form has no app to read them from,
 * so the embedding app passes them to `SkjemaForm` (`subformLayoutSets`); without its set a
 * Subform lists its entries but cannot open them.
 */
const SubformLayoutSetsContext = createContext<readonly LoadedLayoutSet[]>([]);

export function SubformLayoutSetsProvider({
  value,
  children,
}: {
  value: readonly LoadedLayoutSet[];
  children?: ReactNode;
}) {
  return createElement(SubformLayoutSetsContext.Provider, { value }, children);
}

/** The subform layout set with this id, if the form was given it. */
export function useSubformLayoutSet(id: string | undefined): LoadedLayoutSet | undefined {
  const sets = useContext(SubformLayoutSetsContext);
  return id === undefined ? undefined : sets.find((set) => set.id === id);
}
