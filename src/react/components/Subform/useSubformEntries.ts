import type { LoadedLayoutSet } from '../../../core/app/types.ts';
import type { FormNode } from '../../../core/form/index.ts';
import type { SubformEntry } from '../../../core/services/subformEntries.ts';
import { useSubformLayoutSet } from '../../context/SubformLayoutSets.ts';
import { useParentEntryId } from '../../context/SubformScope.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { subformListKey, useOutsideLists, type ListCache } from '../../render/OutsideLists.ts';
import { useListed } from '../../render/useListed.ts';
import type { EntryValueReader } from './entryValues.ts';
import { useEntryValues } from './entryValues.ts';
import { entryName, type SubformConfig } from './subformConfig.ts';
import { useEntryChecks, type EntryChecks } from './useEntryChecks.ts';

export interface SubformEntries extends EntryChecks {
  config: SubformConfig;
  /** The subform's layout set id (`layoutSet`), which keys its entries at the services. */
  layoutSetId: string;
  /** The opened entry the Subform is on, which its entries belong to; none in the main form. */
  parentEntryId: string | undefined;
  /** Where `cache` keeps these entries. */
  listKey: string;
  /** The subform's loaded layout set, when the form was given it. */
  subformSet: LoadedLayoutSet | undefined;
  entries: readonly SubformEntry[];
  /** The entries' display names (`entryDisplayName`), in the same order. */
  names: readonly string[];
  /** Nothing is known of the entries, nor reported, before they are listed. */
  loaded: boolean;
  /** Listing the entries failed. */
  failed: boolean;
  read: EntryValueReader;
  /** The form's entries of every subform layout set, to change them through. */
  cache: ListCache<SubformEntry>;
}

/**
 * A Subform's entries and what they are checked against, as the component shows them and as
 * `OutsideDataChecks` reports them while the component is not on screen: both read the same
 * listing, made once per layout set.
 */
export function useSubformEntries(node: FormNode): SubformEntries {
  const texts = useTextResolver();
  const config = node.component as SubformConfig;
  const layoutSetId = config.layoutSet ?? '';
  const subformSet = useSubformLayoutSet(config.layoutSet);
  const read = useEntryValues(subformSet, texts.language);
  const parentEntryId = useParentEntryId();
  const listKey = subformListKey(layoutSetId, parentEntryId);
  const { subformEntries: cache } = useOutsideLists();
  const listed = useListed(cache, listKey);
  const entries = listed.items;
  const names = entries.map((entry, index) => entryName(config, entry, index, read, texts));
  const checks = useEntryChecks({ layoutSet: subformSet, entries, names, language: texts.language });
  return {
    ...checks,
    config,
    layoutSetId,
    parentEntryId,
    listKey,
    subformSet,
    entries,
    names,
    loaded: listed.loaded,
    failed: listed.failed,
    read,
    cache,
  };
}
