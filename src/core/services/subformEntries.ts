/** One data element of a subform's layout set, with the data the table columns read. */
export interface SubformEntry {
  id: string;
  data: Record<string, unknown>;
}

/** Where subform entries belong: to the main form, or to the opened entry whose pages hold the Subform. */
export interface SubformEntryScope {
  /**
   * The opened entry the Subform is on: only its own entries are listed, and added entries belong
   * to it (the entry's data element is their parent). Absent: entries of the main form.
   */
  parentEntryId?: string;
}

/** The entries of Subform components, keyed by the subform's layout set id. */
export interface SubformEntryService {
  /** The entries of a subform layout set that belong to the main form, or to `scope.parentEntryId`. */
  listSubformEntries(layoutSet: string, scope?: SubformEntryScope): Promise<SubformEntry[]>;
  addSubformEntry(layoutSet: string, scope?: SubformEntryScope): Promise<SubformEntry>;
  deleteSubformEntry(layoutSet: string, id: string): Promise<void>;
  /**
   * Stores what the user entered in a subform entry (its data element's content), when the entry
   * is closed; resolves to the entry as stored.
   */
  saveSubformEntry(layoutSet: string, id: string, data: Record<string, unknown>): Promise<SubformEntry>;
}
