import { useMemo } from 'react';
import { dataTypeLimits } from '../../../core/app/dataTypeLimits.ts';
import type { LoadedLayoutSet } from '../../../core/app/types.ts';
import type { SubformEntriesState } from '../../../core/validation/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import type { SubformEntry } from '../../../core/services/subformEntries.ts';
import { useEntriesWithErrors } from './entryErrors.ts';

export interface EntryChecks {
  /** Ids of the entries whose own pages have errors. */
  withErrors: ReadonlySet<string>;
  /** The data type's `maxCount`, when it has one. */
  maxCount?: number;
  /** What the form's validator is told about the entries (`OutsideDataChecks` tells it). */
  state: SubformEntriesState;
}

/**
 * What the app allows and requires of a Subform's entries: the data type's `minCount`/`maxCount`
 * (application metadata) and each entry passing its own pages. Needs the subform's layout set,
 * which names the data type and the pages.
 */
export function useEntryChecks({
  layoutSet,
  entries,
  names,
  language,
}: {
  layoutSet: LoadedLayoutSet | undefined;
  entries: readonly SubformEntry[];
  /** The entries' display names, in the same order, for the error naming them. */
  names: readonly string[];
  language: string;
}): EntryChecks {
  const { engine } = useFormContext();
  const { minCount, maxCount } = layoutSet
    ? dataTypeLimits(layoutSet.applicationMetadata ?? engine.layoutSet.applicationMetadata, layoutSet.dataType)
    : {};
  const withErrors = useEntriesWithErrors(layoutSet, entries, language);
  // A string, so that the state follows what changed rather than every render's new array.
  const errorsKey = names.filter((_, index) => withErrors.has(entries[index].id)).join('\n');
  const count = entries.length;
  const state = useMemo(
    () => ({ count, minCount, entriesWithErrors: errorsKey === '' ? [] : errorsKey.split('\n') }),
    [count, minCount, errorsKey],
  );
  return { withErrors, maxCount, state };
}
