import type { DataModelStore } from '../data/store.ts';
import { formatPath, type PathSegment } from '../data/path.ts';

/**
 * Brings a store to `next` by writing only the paths that differ, so that fields whose values the
 * server left alone are not told anything (and do not re-render). Objects are compared key by key,
 * arrays of the same length element by element; an array that changed length is written whole.
 */
export function replaceModel(store: DataModelStore, next: Record<string, unknown>): void {
  // A root given as a list, null or text cannot be written path by path; the backend's model is
  // what it holds, so it takes the root's place.
  if (!isRecord(store.snapshot())) return store.replaceRoot(next);
  for (const [segments, value] of differences(store.snapshot(), next, [])) {
    store.set(formatPath(segments), value);
  }
}

function differences(before: unknown, after: unknown, at: PathSegment[]): [PathSegment[], unknown][] {
  if (Object.is(before, after)) return [];
  if (isRecord(before) && isRecord(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => differences(before[key], after[key], [...at, key]));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length && at.length > 0) {
    return after.flatMap((item, index) => differences(before[index], item, [...at, index]));
  }
  if (at.length === 0) return [];
  if (isEmpty(before) && isEmpty(after)) return [];
  return [[at, after]];
}

/** The store deletes these keys on write, so one may stand for another. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
