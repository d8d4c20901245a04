import type { SubformEntry, SubformEntryService } from './subformEntries.ts';

export interface InMemorySubformSeed {
  /** Entries of the main form, by layout set. */
  subformEntries?: Readonly<Record<string, SubformEntry[]>>;
  /** Entries of Subforms inside an entry: by the parent entry's id, then by layout set. */
  nestedSubformEntries?: Readonly<Record<string, Readonly<Record<string, SubformEntry[]>>>>;
}

/** Subform entries kept in memory; each entry's data is copied in and out, never shared. */
export function createInMemorySubformEntries(seed: InMemorySubformSeed = {}): SubformEntryService {
  const subforms = new Map<string, SubformEntry[]>(
    Object.entries(seed.subformEntries ?? {}).map(([key, entries]) => [key, entries.map((e) => ({ ...e }))]),
  );
  // Entry id → the entry it belongs to; entries of the main form have none.
  const parents = new Map<string, string>();
  for (const [parentEntryId, byLayoutSet] of Object.entries(seed.nestedSubformEntries ?? {})) {
    for (const [layoutSet, entries] of Object.entries(byLayoutSet)) {
      subforms.set(layoutSet, [...(subforms.get(layoutSet) ?? []), ...entries.map((e) => ({ ...e }))]);
      for (const entry of entries) parents.set(entry.id, parentEntryId);
    }
  }
  let nextId = 1;
  return {
    async listSubformEntries(layoutSet, scope = {}) {
      return (subforms.get(layoutSet) ?? [])
        .filter((e) => parents.get(e.id) === scope.parentEntryId)
        .map((e) => ({ ...e }));
    },
    async addSubformEntry(layoutSet, scope = {}) {
      const entry: SubformEntry = { id: `subform-${nextId++}`, data: {} };
      subforms.set(layoutSet, [...(subforms.get(layoutSet) ?? []), entry]);
      if (scope.parentEntryId !== undefined) parents.set(entry.id, scope.parentEntryId);
      return { ...entry };
    },
    async deleteSubformEntry(layoutSet, id) {
      subforms.set(
        layoutSet,
        (subforms.get(layoutSet) ?? []).filter((e) => e.id !== id),
      );
    },
    async saveSubformEntry(layoutSet, id, data) {
      const entries = subforms.get(layoutSet) ?? [];
      const stored = entries.find((e) => e.id === id);
      if (!stored) throw new Error(`No subform entry ${id} in ${layoutSet}`);
      stored.data = structuredClone(data);
      return { ...stored, data: structuredClone(stored.data) };
    },
  };
}
