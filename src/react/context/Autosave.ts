import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { SaveScheduler } from '../../core/save/index.ts';

/**
 * The form's save scheduler, for fields that say how long their changes wait (`saveWhileTyping`)
 * and for the shell's page changes, submit and save-failure message. `null` when the app gave no
 * `onSaveData`: then nothing is scheduled at all.
 */
const AutosaveContext = createContext<SaveScheduler | null>(null);

export function AutosaveProvider({ value, children }: { value: SaveScheduler | null; children?: ReactNode }) {
  return createElement(AutosaveContext.Provider, { value }, children);
}

export function useAutosave(): SaveScheduler | null {
  return useContext(AutosaveContext);
}
