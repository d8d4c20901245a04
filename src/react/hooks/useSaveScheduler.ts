import { useEffect, useState } from 'react';
import type { SavedModel } from '../../core/save/index.ts';
import type { FormSession } from '../../core/session/index.ts';

export interface FormCallbacks {
  onSaveData?: (models: SavedModel[]) => void | Promise<void>;
  onSaveError?: (error: unknown) => void;
  onSubmit?: (data: Record<string, unknown>, allModels: Record<string, Record<string, unknown>>) => void;
}

/** Stable functions for a session that call the app's latest callbacks, so it may pass new ones on every render. */
export interface SessionCallbacks {
  /** Undefined when the app gave no `onSaveData` when the form mounted: then nothing is scheduled at all. */
  save: ((models: SavedModel[]) => void | Promise<void>) | undefined;
  onSaveError(error: unknown): void;
  onSubmit(data: Record<string, unknown>, allModels: Record<string, Record<string, unknown>>): void;
}

export function useSessionCallbacks(callbacks: FormCallbacks): SessionCallbacks {
  const [latest] = useState(() => new LatestCallbacks(callbacks));
  useEffect(() => latest.update(callbacks));
  const [stable] = useState<SessionCallbacks>(() => ({
    save: callbacks.onSaveData ? (models) => latest.current().onSaveData?.(models) : undefined,
    onSaveError: (error) => latest.current().onSaveError?.(error),
    onSubmit: (data, allModels) => latest.current().onSubmit?.(data, allModels),
  }));
  return stable;
}

/**
 * Unmounting saves what is pending: no edit is lost because the user closed the form within the
 * quiet period. StrictMode's trial unmount finds nothing pending, so this saves only on a real one.
 */
export function useSaveOnUnmount(session: FormSession): void {
  useEffect(() => () => void session.flush(), [session]);
}

/** The app's latest callbacks, read when a save runs or fails rather than while rendering. */
class LatestCallbacks {
  constructor(private callbacks: FormCallbacks) {}
  update(callbacks: FormCallbacks): void {
    this.callbacks = callbacks;
  }
  current(): FormCallbacks {
    return this.callbacks;
  }
}
