import { useContext } from 'react';
import type { SaveScheduler } from '../../core/save/index.ts';
import { FormContext } from './FormContext.ts';

/**
 * The form's save scheduler, for the shell's save-failure message and anything else that shows
 * save state. `null` when the form saves nothing (no `onSaveData`, no `save` in its session).
 */
export function useAutosave(): SaveScheduler | null {
  return useContext(FormContext)?.session.saveScheduler ?? null;
}
