import { parsePath, type PathSegment } from './path.ts';

export type DataChangeListener = (changedPath: string) => void;

/** One level of the index: the listeners of one path and the paths one segment below it. */
class PathEntry {
  listeners: Set<DataChangeListener> | undefined = undefined;
  below: Map<string, PathEntry> | undefined = undefined;
}

/**
 * Listeners kept by the data path they watch, so that a write reaches only the ones it can
 * concern: those of the written path, of the paths above it (their value changed with it) and of
 * the paths below it (replaced with it). A thousand-field form then calls a handful of listeners
 * per keystroke instead of two thousand. Listeners of the root (`''`) hear every write.
 */
export class PathListeners {
  private readonly root = new PathEntry();

  add(path: string, listener: DataChangeListener): () => void {
    const keys = parsePath(path).map(segmentKey);
    let entry = this.root;
    for (const key of keys) {
      entry.below ??= new Map();
      let next = entry.below.get(key);
      if (!next) entry.below.set(key, (next = new PathEntry()));
      entry = next;
    }
    (entry.listeners ??= new Set()).add(listener);
    return () => this.remove(keys, listener);
  }

  /** Calls the listeners `changedPath` concerns; `segments` is that path, parsed. */
  notify(changedPath: string, segments: readonly PathSegment[]): void {
    let entry: PathEntry | undefined = this.root;
    for (const segment of segments) {
      callEach(entry.listeners, changedPath);
      entry = entry.below?.get(segmentKey(segment));
      if (!entry) return;
    }
    notifyAll(entry, changedPath);
  }

  private remove(keys: readonly string[], listener: DataChangeListener): void {
    const trail: PathEntry[] = [this.root];
    for (const key of keys) {
      const next = trail[trail.length - 1].below?.get(key);
      if (!next) return;
      trail.push(next);
    }
    trail[trail.length - 1].listeners?.delete(listener);
    // Drop entries nobody listens at or below any more: rows come and go, their paths with them.
    for (let depth = keys.length; depth > 0; depth--) {
      const entry = trail[depth];
      if ((entry.listeners?.size ?? 0) > 0 || (entry.below?.size ?? 0) > 0) return;
      trail[depth - 1].below?.delete(keys[depth - 1]);
    }
  }
}

function segmentKey(segment: PathSegment): string {
  return typeof segment === 'number' ? `[${segment}]` : segment;
}

function callEach(listeners: Set<DataChangeListener> | undefined, changedPath: string): void {
  if (listeners) for (const listener of listeners) listener(changedPath);
}

function notifyAll(entry: PathEntry, changedPath: string): void {
  callEach(entry.listeners, changedPath);
  if (entry.below) for (const next of entry.below.values()) notifyAll(next, changedPath);
}
