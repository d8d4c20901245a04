import { parsePath, type PathSegment } from '../data/path.ts';

// Forms read the same few thousand paths over and over; parsing each once keeps big forms cheap.
const cache = new Map<string, readonly PathSegment[]>();
const CACHE_LIMIT = 100_000;

export function pathSegments(path: string): readonly PathSegment[] {
  let segments = cache.get(path);
  if (!segments) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    segments = parsePath(path);
    cache.set(path, segments);
  }
  return segments;
}

/** Stores segments already at hand (a transposition builds them) so the path is never re-parsed. */
export function rememberSegments(path: string, segments: readonly PathSegment[]): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(path, segments);
}
