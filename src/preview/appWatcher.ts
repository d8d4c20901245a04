import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/**
 * Calls `onChange` once after a burst of changes under the app's `App/` folder has settled (an
 * editor's save is often several events). Watching `App/` only keeps the data folder, which
 * defaults to a folder inside the app, from triggering reloads of its own.
 */
export function watchApp(appDir: string, onChange: (files: string[]) => void, debounceMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = new Set<string>();
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(join(appDir, 'App'), { recursive: true }, (_event, file) => {
      if (file) changed.add(String(file));
      clearTimeout(timer);
      timer = setTimeout(() => {
        const files = [...changed];
        changed.clear();
        onChange(files);
      }, debounceMs);
    });
    // A watcher that fails later (folder removed) stops reloading but must not stop the server.
    watcher.on('error', () => watcher?.close());
  } catch {
    return () => {};
  }
  return () => {
    clearTimeout(timer);
    watcher?.close();
  };
}
