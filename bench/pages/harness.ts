/*
 * The measuring side of every bench page. The page's HTML sets `window.__benchStart` in an inline
 * script before any module loads, so "mount" counts downloading, parsing and running the library too.
 */
export interface KeyRecord {
  /** keydown → the microtask after the input event's listeners (React's synchronous render included). */
  work?: number;
  /** keydown → the task after the next animation frame (the frame that shows the key). */
  frame?: number;
}

export interface BenchHandle {
  mountMs?: number;
  error?: string;
  keys: KeyRecord[];
  /** The input the keystroke cases type into: a top-level field, or a cell of the group's middle row. */
  target(kind: 'field' | 'cell'): Element | null;
  /** Opens the middle row where a library shows rows closed; resolves to the ms until its input is in the DOM. */
  openRow?(): Promise<number>;
  /** Clicks the library's own add-row button; resolves when the new row (or its editor) is shown. */
  addRow?(): Promise<ActionTiming>;
  /** Clicks the delete button of the middle shown row; resolves when that row is gone. */
  deleteRow?(): Promise<ActionTiming>;
}

export interface ActionTiming {
  /** click → the microtask after the click's listeners (React's synchronous render included). */
  work: number;
  /** click → the task after the first animation frame that shows the result. */
  frame: number;
}

declare global {
  interface Window {
    __benchStart: number;
    __bench: BenchHandle;
  }
}

export function readPayload<T>(): T {
  return JSON.parse(document.getElementById('bench-case')!.textContent!) as T;
}

const afterFrame = (callback: () => void) =>
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = callback;
    channel.port2.postMessage(null);
  });

/** Records the first frame where `ready()` holds, as ms since the page's first script. */
export function markMountWhen(ready: () => boolean) {
  const poll = () => {
    if (ready()) window.__bench.mountMs = performance.now() - window.__benchStart;
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/**
 * Clicks, then waits for the first frame in which `done()` holds. The click runs in a task of its
 * own, so the work measured is that of the click alone.
 */
export function measureClick(button: HTMLElement | null | undefined, done: () => boolean): Promise<ActionTiming> {
  if (!button) return Promise.reject(new Error('no button to click'));
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let work = 0;
    button.click();
    queueMicrotask(() => (work = performance.now() - start));
    const poll = () =>
      requestAnimationFrame(() => {
        if (!done()) {
          if (performance.now() - start > 60_000) reject(new Error('the click showed nothing within 60 s'));
          else poll();
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ work, frame: performance.now() - start });
        channel.port2.postMessage(null);
      });
    poll();
  });
}

export function install(
  handle: Pick<BenchHandle, 'target'> & Partial<Pick<BenchHandle, 'openRow' | 'addRow' | 'deleteRow'>>,
) {
  const keys: KeyRecord[] = [];
  let current: { record: KeyRecord; start: number } | undefined;
  window.addEventListener(
    'keydown',
    () => {
      const start = performance.now();
      const record: KeyRecord = {};
      keys.push(record);
      current = { record, start };
      afterFrame(() => (record.frame = performance.now() - start));
    },
    true,
  );
  // A bubbling listener on window runs after React's listener on the root, so the microtask queued
  // here runs after the one React queues for the synchronous (discrete event) render.
  window.addEventListener('input', () => {
    const pending = current;
    if (!pending) return;
    queueMicrotask(() => (pending.record.work = performance.now() - pending.start));
  });
  window.addEventListener('error', (event) => (window.__bench.error = String(event.message)));
  window.__bench = { keys, ...handle };
}

export const middle = (count: number) => Math.floor(count / 2);
