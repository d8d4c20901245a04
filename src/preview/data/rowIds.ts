import { randomUUID } from 'node:crypto';

export const ROW_ID = 'altinnRowId';

/**
 * Gives every object inside an array an `altinnRowId` (a GUID) where it has none, in place. The
 * server stores models with their row ids, so the ids a client saw stay the same across reads;
 * rows the client or a processor added get theirs here.
 */
export function addRowIds(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isObject(item) && typeof item[ROW_ID] !== 'string') item[ROW_ID] = randomUUID();
      addRowIds(item);
    }
  } else if (isObject(value)) {
    for (const child of Object.values(value)) addRowIds(child);
  }
}

/** A copy without any `altinnRowId` in array items: the model as a client that did not ask for row ids sees it. */
export function withoutRowIds(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => {
      if (!isObject(item)) return withoutRowIds(item);
      const { [ROW_ID]: _rowId, ...rest } = item;
      return withoutRowIds(rest);
    });
  }
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, withoutRowIds(child)]));
  }
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
