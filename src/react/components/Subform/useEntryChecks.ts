import { useEffect } from 'react';
import { dataTypeLimits } from '../../../core/app/dataTypeLimits.ts';
import type { LoadedLayoutSet } from '../../../core/app/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import type { SubformEntry } from '../../context/FormServices.ts';
import { useReportSubformEntries } from '../../context/SubformEntriesReport.ts';
import { useEntriesWithErrors } from './entryErrors.ts';

export interface EntryChecks {
  /** Ids of the entries whose own pages have errors. */
  withErrors: ReadonlySet<string>;
  /** The data type's `maxCount`, when it has one. */
  maxCount?: number;
}

/**
 * What the app allows and requires of a Subform's entries: the data type's `minCount`/`maxCount`
 * (application metadata) and each entry passing its own pages. Too few entries and entries with
 * errors are reported to the form's validator, which shows and blocks them like other errors;
 * nothing is reported before the entries are `loaded`. Needs the subform's layout set, which
 * names the data type and the pages.
 */
export function useEntryChecks({
  nodeId,
  layoutSet,
  entries,
  names,
  loaded,
  language,
}: {
  nodeId: string;
  layoutSet: LoadedLayoutSet | undefined;
  entries: readonly SubformEntry[];
  /** The entries' display names, in the same order, for the error naming them. */
  names: readonly string[];
  loaded: boolean;
  language: string;
}): EntryChecks {
  const { engine } = useFormContext();
  const report = useReportSubformEntries();
  const { minCount, maxCount } = layoutSet
    ? dataTypeLimits(layoutSet.applicationMetadata ?? engine.layoutSet.applicationMetadata, layoutSet.dataType)
    : {};
  const withErrors = useEntriesWithErrors(layoutSet, entries, language);
  // A string, so that the report follows what changed rather than every render's new array.
  const errorsKey = names.filter((_, index) => withErrors.has(entries[index].id)).join('\n');
  const count = entries.length;
  useEffect(() => {
    if (!loaded) return;
    report(nodeId, { count, minCount, entriesWithErrors: errorsKey === '' ? [] : errorsKey.split('\n') });
  }, [report, nodeId, loaded, count, minCount, errorsKey]);
  return { withErrors, maxCount };
}
