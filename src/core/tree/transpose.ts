import { formatPath, type PathSegment } from '../data/path.ts';
import { pathSegments, rememberSegments } from './pathSegments.ts';

/**
 * Fills the missing row indexes of `field` from the row location `location` (`Group[1].Inner[0]`),
 * over the prefix the two paths share. An index written in `field` is kept and ends the
 * transposition, so `Group[0].Inner.x` stays pinned to row 0 and its inner rows (§7.1).
 */
export function transposeField(field: string, location: string): string {
  const target = pathSegments(field);
  const from = pathSegments(location);
  const out: PathSegment[] = [];
  let t = 0;
  let f = 0;
  while (t < target.length && f < from.length) {
    const name = target[t];
    if (typeof name === 'number' || name !== from[f]) break;
    out.push(name);
    t++;
    f++;
    if (typeof target[t] === 'number') break;
    if (typeof from[f] === 'number') {
      out.push(from[f]);
      f++;
    }
  }
  for (; t < target.length; t++) out.push(target[t]);
  const transposed = formatPath(out);
  rememberSegments(transposed, out);
  return transposed;
}

/**
 * The row index `location` is in for the array at `arrayPath`, when `location` lies inside one of
 * its rows (`arrayPath` = `Group[1].Inner`, location `Group[1].Inner[3].x` → 3).
 */
export function rowIndexWithin(arrayPath: string, location: string): number | undefined {
  const array = pathSegments(arrayPath);
  const inside = pathSegments(location);
  if (inside.length <= array.length) return undefined;
  for (let i = 0; i < array.length; i++) if (array[i] !== inside[i]) return undefined;
  const index = inside[array.length];
  return typeof index === 'number' ? index : undefined;
}

export function rowPath(arrayPath: string, index: number): string {
  return `${arrayPath}[${index}]`;
}
