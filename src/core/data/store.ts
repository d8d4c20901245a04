import { formatPath, getAtPath, parsePath, type PathSegment } from './path.ts';

export type DataChangeListener = (changedPath: string) => void;

/**
 * One data model's JSON, changed only through `set`. Updates are structurally shared (copy on
 * the written path only), so a snapshot taken before a change stays valid and React can compare
 * by reference; listeners hear the exact path written, which lets dependants skip unrelated edits.
 */
export class DataModelStore {
  private root: Record<string, unknown>;
  private readonly listeners = new Set<DataChangeListener>();

  constructor(initial: unknown = {}) {
    this.root = isRecord(initial) ? initial : {};
  }

  get(path: string): unknown {
    return path === '' ? this.root : getAtPath(this.root, path);
  }

  snapshot(): Record<string, unknown> {
    return this.root;
  }

  /** Writes `value` at `path`, creating objects and arrays on the way. `undefined`, `null` and `''` delete the key. */
  set(path: string, value: unknown): void {
    const segments = parsePath(path);
    if (segments.length === 0) throw new Error('Cannot set the data-model root; give a path.');
    const remove = value === undefined || value === null || value === '';
    if (remove && this.get(path) === undefined) return;
    if (!remove && Object.is(this.get(path), value)) return;
    this.root = writeAt(this.root, segments, remove ? undefined : value) as Record<string, unknown>;
    const changed = formatPath(segments);
    for (const listener of this.listeners) listener(changed);
  }

  subscribe(listener: DataChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
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
