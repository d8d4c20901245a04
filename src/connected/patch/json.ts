/** Small helpers for plain JSON values (what models are on the wire). */

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => jsonEqual(item, b[index]));
  }
  if (isJsonObject(a)) {
    if (!isJsonObject(b)) return false;
    const keysA = presentKeys(a);
    const keysB = presentKeys(b);
    return keysA.length === keysB.length && keysA.every((key) => key in b && jsonEqual(a[key], b[key]));
  }
  return false;
}

/** Keys whose value survives JSON serialisation (an `undefined` property is no property). */
export function presentKeys(object: JsonObject): string[] {
  return Object.keys(object).filter((key) => object[key] !== undefined);
}

export const ROW_ID = 'altinnRowId';

export function rowIdOf(value: unknown): string | undefined {
  if (!isJsonObject(value)) return undefined;
  const id = value[ROW_ID];
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * True when every item is an object with its own, unique `altinnRowId`: such arrays are edited
 * row by row; any other array is replaced whole.
 */
export function isRowArray(value: unknown): value is JsonObject[] {
  if (!Array.isArray(value)) return false;
  const seen = new Set<string>();
  for (const item of value) {
    const id = rowIdOf(item);
    if (id === undefined || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

/** RFC 6901: `~` and `/` inside a key are escaped. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
