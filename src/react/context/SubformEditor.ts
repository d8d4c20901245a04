import { createContext, useContext } from 'react';
import type { LoadedLayoutSet } from '../../core/app/types.ts';
import type { SubformEntry } from '../../core/services/subformEntries.ts';

/** What a Subform asks for when the user opens one of its entries. */
export interface SubformEditRequest {
  /** The subform's layout set, whose pages the entry is edited in. */
  layoutSet: LoadedLayoutSet;
  entry: SubformEntry;
  /** DOM id of the element to focus when the entry is closed (its edit button). */
  returnFocusTo: string;
  /** Stores the entry's data; a rejection keeps the entry open so nothing the user typed is lost. */
  save(data: Record<string, unknown>): Promise<void>;
}

/** Shows a subform entry's pages in place of the main form (SkjemaForm provides it). */
export interface SubformEditorHost {
  open(request: SubformEditRequest): void;
}

/** The entry being edited, for the `closeSubform` action of the buttons on its pages. */
export interface OpenSubformEntry {
  /**
   * Saves the entry's data and, once stored, returns to the main form. Resolves false, with the
   * entry still open and the failure shown, when saving failed.
   */
  close(data: Record<string, unknown>): Promise<boolean>;
}

export const SubformEditorHostContext = createContext<SubformEditorHost | null>(null);
export const OpenSubformEntryContext = createContext<OpenSubformEntry | null>(null);

export function useSubformEditorHost(): SubformEditorHost | null {
  return useContext(SubformEditorHostContext);
}

/** The entry whose pages are shown; null in a main form. */
export function useOpenSubformEntry(): OpenSubformEntry | null {
  return useContext(OpenSubformEntryContext);
}
