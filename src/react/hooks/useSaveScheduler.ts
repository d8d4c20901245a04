import { useEffect, useState } from 'react';
import type { FormEngine } from '../../core/form/index.ts';
import { SaveScheduler, watchFormData, type AutoSaveBehavior, type SavedModel } from '../../core/save/index.ts';

export interface SaveCallbacks {
  onSaveData?: (models: SavedModel[]) => void | Promise<void>;
  onSaveError?: (error: unknown) => void;
}

/**
 * The form's save scheduler, or `null` when the app did not give `onSaveData` when the form
 * mounted (no scheduler, no subscriptions, no timers). The latest callbacks are used, so an app
 * may pass new functions on every render. Unmounting saves what is pending: no edit is lost
 * because the user closed the form within the quiet period.
 */
export function useSaveScheduler(engine: FormEngine, callbacks: SaveCallbacks): SaveScheduler | null {
  const [latest] = useState(() => new LatestCallbacks(callbacks));
  useEffect(() => latest.update(callbacks));
  const [scheduler] = useState(() => (callbacks.onSaveData ? createScheduler(engine, latest) : null));
  useEffect(() => {
    if (!scheduler) return;
    const stopWatching = watchFormData(engine.data, scheduler);
    return () => {
      stopWatching();
      // StrictMode's trial unmount finds nothing pending, so this saves only on a real unmount.
      void scheduler.dispose();
    };
  }, [engine, scheduler]);
  return scheduler;
}

/** The app's latest callbacks, read when a save runs or fails rather than while rendering. */
class LatestCallbacks {
  constructor(private callbacks: SaveCallbacks) {}
  update(callbacks: SaveCallbacks): void {
    this.callbacks = callbacks;
  }
  current(): SaveCallbacks {
    return this.callbacks;
  }
}

function createScheduler(engine: FormEngine, latest: LatestCallbacks): SaveScheduler {
  return new SaveScheduler({
    save: (models) => latest.current().onSaveData?.(models),
    read: (dataType) => engine.data.model(dataType).snapshot(),
    onError: (error) => latest.current().onSaveError?.(error),
    behavior: autoSaveBehaviorOf(engine.layoutSet.settings),
  });
}

function autoSaveBehaviorOf(settings: Record<string, unknown>): AutoSaveBehavior {
  const pages = settings.pages as { autoSaveBehavior?: unknown } | undefined;
  return pages?.autoSaveBehavior === 'onChangePage' ? 'onChangePage' : 'onChangeFormData';
}
