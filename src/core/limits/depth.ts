import { escapePointerSegment } from '../diagnostics.ts';

/**
 * Cuts a parsed JSON value at `maxDepth` levels of arrays and objects, in place: an array or object
 * that would sit deeper is replaced by `null`. Returns the JSON pointers where it cut.
 *
 * The walk keeps its own stack, so a value nested 100,000 levels (which `JSON.parse` reads without
 * trouble) is measured without overflowing the call stack; everything that walks the value
 * afterwards, recursively, then meets at most `maxDepth` levels.
 */
export function cutDeepValues(root: unknown, maxDepth: number): string[] {
  const cuts: string[] = [];
  if (root === null || typeof root !== 'object') return cuts;
  const stack: { container: Record<string, unknown> | unknown[]; depth: number; pointer: string }[] = [
    { container: root as Record<string, unknown>, depth: 1, pointer: '' },
  ];
  while (stack.length > 0) {
    const { container, depth, pointer } = stack.pop()!;
    const keys = Array.isArray(container) ? container.keys() : Object.keys(container);
    for (const key of keys) {
      const child = (container as Record<string, unknown>)[key];
      if (child === null || typeof child !== 'object') continue;
      const at = `${pointer}/${escapePointerSegment(key)}`;
      if (depth >= maxDepth) {
        // Defined, not assigned: assigning to a parsed "__proto__" key would set the prototype.
        Object.defineProperty(container, key, { value: null, writable: true, enumerable: true, configurable: true });
        cuts.push(at);
      } else {
        stack.push({ container: child as Record<string, unknown>, depth: depth + 1, pointer: at });
      }
    }
  }
  return cuts;
}
