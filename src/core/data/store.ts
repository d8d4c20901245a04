import { jsonTypeOf } from './dataMismatch.ts';
import { formatPath, getAtPath, parsePath, type PathSegment } from './path.ts';
import { PathListeners, type DataChangeListener } from './pathListeners.ts';

export type { DataChangeListener } from './pathListeners.ts';

/** Stored data that stands where a write needs an object or a list: writing would destroy it. */
export interface DataConflict {
  /** Dot path of the value in the way (`''`: the model's root). */
  readonly field: string;
  /** What the write needs there. */
  readonly expected: 'object' | 'array';
  /** The JSON type of what is there (`array`, `string`, `null`…). */
  readonly found: string;
}

/**
 * One data model's JSON, changed only through `set`. Updates are structurally shared (copy on
 * the written path only), so a snapshot taken before a change stays valid and React can compare
 * by reference; listeners hear the exact path written, which lets dependants skip unrelated edits.
 *
 * The store never destroys data to make room for a write: a write whose path runs through a value
 * that is not the object or list the path needs (`event.name` where `event` is a list, anything
 * where the root is not an object) changes nothing (`conflictAt` says why).
 */
export class DataModelStore {
  private root: unknown;
  private readonly listeners = new PathListeners();

  /** `initial` is kept as given, whatever its shape; only a missing model starts as `{}`. */
  constructor(initial: unknown = {}) {
    this.root = initial === undefined ? {} : initial;
  }

  get(path: string): unknown {
    return path === '' ? this.root : getAtPath(this.root, path);
  }

  /**
   * The model's JSON. It is an object unless the model was given something else as its root (a
   * list, `null`, a string), which is kept as it was, reported by `findDataMismatches`, and never
   * written to; the type names what every data model is meant to be.
   */
  snapshot(): Record<string, unknown> {
    return this.root as Record<string, unknown>;
  }

  /**
   * Writes `value` at `path`, creating objects and arrays where nothing (or `null`) is stored.
   * `undefined`, `null` and `''` delete the key. Changes nothing when stored data of another shape
   * is in the way (`conflictAt` says where).
   */
  set(path: string, value: unknown): void {
    const segments = parsePath(path);
    if (segments.length === 0) throw new Error('Cannot set the data-model root; give a path.');
    if (conflictOf(this.root, segments)) return;
    const remove = value === undefined || value === null || value === '';
    if (remove && this.get(path) === undefined) return;
    if (!remove && Object.is(this.get(path), value)) return;
    this.root = writeAt(this.root, segments, remove ? undefined : value);
    this.listeners.notify(formatPath(segments), segments);
  }

  /**
   * Puts a whole new root in place of one that is not an object (the backend's own model, which it
   * already holds). Listeners hear `''`: everything may have changed.
   */
  replaceRoot(next: Record<string, unknown>): void {
    this.root = next;
    this.listeners.notify('', []);
  }

  /** The stored value that would have to be destroyed to write at `path`, if there is one. */
  conflictAt(path: string | readonly PathSegment[]): DataConflict | undefined {
    return conflictOf(this.root, typeof path === 'string' ? parsePath(path) : path);
  }

  /** Hears every write. */
  subscribe(listener: DataChangeListener): () => void {
    return this.listeners.add('', listener);
  }

  /**
   * Hears the writes that can change the value at `path`: to it, to a path above it (`''`, the whole
   * model, included) or to one below it. A field listens to its own path and costs nothing when
   * another field is written.
   */
  subscribeAt(path: string, listener: DataChangeListener): () => void {
    return this.listeners.add(path, listener);
  }
}

/**
 * Walks the containers a write at `segments` passes through: the root must be an object; below it
 * a key needs an object and an index a list, or nothing yet (`undefined`, `null`), which the write
 * creates. The value at the path itself is what the write replaces and is never in the way.
 */
function conflictOf(root: unknown, segments: readonly PathSegment[]): DataConflict | undefined {
  let container = root;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    const expected = typeof segment === 'number' ? 'array' : 'object';
    const empty = index > 0 && (container === undefined || container === null);
    if (empty) return undefined;
    const fits = expected === 'array' ? Array.isArray(container) : isRecord(container);
    if (!fits) return { field: formatPath(segments.slice(0, index)), expected, found: jsonTypeOf(container) };
    container = (container as Record<string | number, unknown>)[segment];
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function writeAt(node: unknown, segments: readonly PathSegment[], value: unknown): unknown {
  const [head, ...rest] = segments;
  const container: Record<string | number, unknown> | unknown[] = Array.isArray(node)
    ? [...node]
    : isRecord(node)
      ? { ...node }
      : typeof head === 'number'
        ? []
        : {};
  const target = container as Record<string | number, unknown>;
  if (rest.length === 0) {
    if (value === undefined) {
      if (Array.isArray(container) && typeof head === 'number') container[head] = undefined;
      else delete target[head];
    } else {
      target[head] = value;
    }
    return container;
  }
  target[head] = writeAt(target[head], rest, value);
  return container;
}
