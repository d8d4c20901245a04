import type { LoadedLayoutSet } from '../../../src/core/app/types.ts';
import { loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import { fileSource } from '../../../src/core/node/fileSource.ts';
import type { SaveClock, SavedModel } from '../../../src/core/save/index.ts';
import { EXAMPLE_APP_DIR } from '../../support/altinnSchemas.ts';

let loaded: LoadedLayoutSet | undefined;

/** The bundled example app's form, loaded once; every caller gets its own copy to change. */
export async function eventPermit(): Promise<LoadedLayoutSet> {
  if (!loaded) {
    const { layoutSet } = await loadLayoutSet(fileSource(EXAMPLE_APP_DIR));
    if (!layoutSet) throw new Error('examples/event-permit did not load');
    loaded = layoutSet;
  }
  return structuredClone(loaded);
}

/** Changes one component of a loaded layout set in place, by id, before a session is built over it. */
export function patchComponent(layoutSet: LoadedLayoutSet, id: string, patch: Record<string, unknown>): void {
  for (const file of Object.values(layoutSet.layouts)) {
    const components = (file as { data?: { layout?: Record<string, unknown>[] } } | undefined)?.data?.layout ?? [];
    const component = components.find((candidate) => candidate.id === id);
    if (component) {
      Object.assign(component, patch);
      return;
    }
  }
  throw new Error(`no component ${id}`);
}

/** A clock that moves only when the test says so. */
export function fakeClock() {
  let now = 0;
  let nextId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: SaveClock = {
    setTimeout: (callback, ms) => {
      timers.set(++nextId, { at: now + ms, callback });
      return nextId;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].callback();
    }
    now = until;
  };
  return { clock, advance, pendingTimers: () => timers.size };
}

/** A save that records what it was given and succeeds (or fails while `failing` is set). */
export function recordingSave() {
  const calls: SavedModel[][] = [];
  const control = { failing: false };
  const save = (models: SavedModel[]) => {
    calls.push(structuredClone(models));
    return control.failing ? Promise.reject(new Error('offline')) : Promise.resolve();
  };
  return { save, calls, control };
}

export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
