/**
 * Data-model paths as the Altinn layout format writes them: dot-separated keys with optional
 * `[n]` array indexes (`Person.Addresses[0].Street`).
 */
export type PathSegment = string | number;

const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;
const PLAIN = /^[^.[\]]+(?:\.[^.[\]]+)*$/;

export function parsePath(path: string): PathSegment[] {
  // Most paths are plain keys (`Person.Name`): every read and write parses one, so skip the regex.
  if (PLAIN.test(path)) return path.split('.');
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(SEGMENT)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  }
  return segments;
}

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

export function getAtPath(root: unknown, path: string | readonly PathSegment[]): unknown {
  const segments = typeof path === 'string' ? parsePath(path) : path;
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** True when `inner` equals `outer` or lies below it (`a.b` is inside `a` and `a[0]`-free `a.b.c`); `''` is the root. */
export function isPathWithin(inner: string, outer: string): boolean {
  return inner === outer || outer === '' || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
}
