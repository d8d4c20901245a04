import { useMemo } from 'react';
import type { LoadedLayoutSet } from '../../../core/app/types.ts';
import { validateForm } from '../../../core/validation/index.ts';
import type { SubformEntry } from '../../context/FormServices.ts';

/**
 * The ids of the entries whose data fails their own layout set's validation, as if each entry had
 * been submitted on its own. An entry is checked once per stored version of its data (its
 * `data` object), so typing in the main form or re-rendering checks nothing again; a saved,
 * added or deleted entry is the only new work. Without the layout set nothing can be checked.
 */
export function useEntriesWithErrors(
  layoutSet: LoadedLayoutSet | undefined,
  entries: readonly SubformEntry[],
  language: string,
): ReadonlySet<string> {
  return useMemo(() => {
    const failing = new Set<string>();
    if (!layoutSet) return failing;
    const checked = outcomesFor(layoutSet);
    for (const entry of entries) {
      let hasErrors = checked.get(entry.data);
      if (hasErrors === undefined) {
        hasErrors = !validateForm(layoutSet, entry.data, { language }).ok;
        checked.set(entry.data, hasErrors);
      }
      if (hasErrors) failing.add(entry.id);
    }
    return failing;
  }, [layoutSet, entries, language]);
}

// Whether the data passes does not depend on the language, only on the layout set and the data.
const outcomes = new WeakMap<LoadedLayoutSet, WeakMap<SubformEntry['data'], boolean>>();

function outcomesFor(layoutSet: LoadedLayoutSet): WeakMap<SubformEntry['data'], boolean> {
  let found = outcomes.get(layoutSet);
  if (!found) {
    found = new WeakMap();
    outcomes.set(layoutSet, found);
  }
  return found;
}
