import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { SubformEntry, SubformEntryService } from '../../core/services/subformEntries.ts';

const ParentEntryContext = createContext<string | undefined>(undefined);

/** Makes `entryId` the parent of the entries of every Subform inside: an opened or summarised entry. */
export function ParentEntryProvider({ entryId, children }: { entryId: string; children?: ReactNode }) {
  return createElement(ParentEntryContext.Provider, { value: entryId }, children);
}

/** The entry a Subform's entries belong to: the entry whose pages it is on, or none in the main form. */
export function useParentEntryId(): string | undefined {
  return useContext(ParentEntryContext);
}

// A scope is passed only inside an entry, so services written before entries had parents see the
// calls they always did.

export function listSubformEntries(
  services: SubformEntryService,
  layoutSet: string,
  parentEntryId: string | undefined,
): Promise<SubformEntry[]> {
  return parentEntryId === undefined
    ? services.listSubformEntries(layoutSet)
    : services.listSubformEntries(layoutSet, { parentEntryId });
}

export function addSubformEntry(
  services: SubformEntryService,
  layoutSet: string,
  parentEntryId: string | undefined,
): Promise<SubformEntry> {
  return parentEntryId === undefined
    ? services.addSubformEntry(layoutSet)
    : services.addSubformEntry(layoutSet, { parentEntryId });
}
