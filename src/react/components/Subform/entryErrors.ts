import { useMemo } from 'react';
import type { LoadedLayoutSet } from '../../../core/app/types.ts';
import { validateForm } from '../../../core/validation/index.ts';
import type { SubformEntry } from '../../../core/services/subformEntries.ts';
import { usePrecompiledValidators, type PrecompiledValidatorsByDataType } from '../../context/PrecompiledValidators.ts';

/** Entries validated so far (all forms): tests count work with it rather than timing anything. */
export const entryCheckStats = { runs: 0 };

/**
 * The ids of the entries whose data fails their own layout set's validation, as if each entry had
 * been submitted on its own. An entry is checked again only when its stored content changed, so
 * typing in the main form, re-rendering or listing the entries anew checks nothing; a saved or
 * added entry is the only new work. Without the layout set nothing can be checked.
 */
export function useEntriesWithErrors(
  layoutSet: LoadedLayoutSet | undefined,
  entries: readonly SubformEntry[],
  language: string,
): ReadonlySet<string> {
  // The form's precompiled validators check the entries too: no schema is compiled in the browser.
  const precompiledValidators = usePrecompiledValidators();
  return useMemo(
    () => failingEntries(layoutSet, entries, language, precompiledValidators),
    [layoutSet, entries, language, precompiledValidators],
  );
}

function failingEntries(
  layoutSet: LoadedLayoutSet | undefined,
  entries: readonly SubformEntry[],
  language: string,
  precompiledValidators: PrecompiledValidatorsByDataType | undefined,
): Set<string> {
  const failing = new Set<string>();
  if (!layoutSet) return failing;
  const known = outcomesFor(layoutSet);
  for (const entry of entries) {
    // A service may hand out a fresh copy of the same data on every listing.
    const content = JSON.stringify(entry.data);
    let outcome = known.get(entry.id);
    if (outcome?.content !== content) {
      entryCheckStats.runs++;
      outcome = { content, hasErrors: !validateForm(layoutSet, entry.data, { language, precompiledValidators }).ok };
      known.set(entry.id, outcome);
    }
    if (outcome.hasErrors) failing.add(entry.id);
  }
  return failing;
}

interface Outcome {
  content: string;
  hasErrors: boolean;
}

// Whether the data passes depends on the layout set and the data, not on the language (nor on
// the validators' backend, which give the same results).
const outcomes = new WeakMap<LoadedLayoutSet, Map<string, Outcome>>();

function outcomesFor(layoutSet: LoadedLayoutSet): Map<string, Outcome> {
  let found = outcomes.get(layoutSet);
  if (!found) {
    found = new Map();
    outcomes.set(layoutSet, found);
  }
  return found;
}
