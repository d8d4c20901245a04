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
  const scanned = scanIndexedPath(path);
  if (scanned) return scanned;
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(SEGMENT)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  }
  return segments;
}

const DOT = 46;
const OPEN = 91;
const CLOSE = 93;
const ZERO = 48;
const NINE = 57;

/**
 * Row paths (`rows[517].name`) in one pass without the regex: a 10,000-row group's fields are
 * parsed this way at mount. Anything but `key[n].key…` is left to the regex (undefined).
 */
function scanIndexedPath(path: string): PathSegment[] | undefined {
  const segments: PathSegment[] = [];
  let i = 0;
  const end = path.length;
  while (i < end) {
    const start = i;
    while (i < end) {
      const code = path.charCodeAt(i);
      if (code === DOT || code === OPEN || code === CLOSE) break;
      i++;
    }
    if (i === start) return undefined;
    segments.push(path.slice(start, i));
    while (i < end && path.charCodeAt(i) === OPEN) {
      let index = 0;
      const digits = ++i;
      while (i < end && path.charCodeAt(i) >= ZERO && path.charCodeAt(i) <= NINE) {
        index = index * 10 + path.charCodeAt(i) - ZERO;
        i++;
      }
      // Long indexes keep the regex's Number() rounding; odd ones (`[x]`, `[]`) its reading.
      if (i === digits || i - digits > 15 || path.charCodeAt(i) !== CLOSE) return undefined;
      segments.push(index);
      i++;
    }
    if (i === end) break;
    if (path.charCodeAt(i) !== DOT || i + 1 === end) return undefined;
    i++;
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
