import type { JsonPatch } from '../../client/index.ts';
import { isJsonObject, isRowArray, jsonEqual, pointerSegment, presentKeys, ROW_ID, rowIdOf } from './json.ts';

/**
 * The RFC 6902 patch that turns `lastSaved` into `current`, guarded for optimistic concurrency:
 * every `replace` and `remove` is preceded by a `test` of the value it overwrites, and every row
 * edit by a `test` of the row's `altinnRowId`, so the backend refuses (409) a patch built on data
 * that changed under it instead of silently overwriting someone else's edit.
 *
 * Arrays of objects that all carry a unique `altinnRowId` are edited row by row (rows removed,
 * moved, added; matched rows diffed recursively); any other array that changed is replaced whole.
 */
export function createPatch(lastSaved: unknown, current: unknown): JsonPatch {
  const patch: JsonPatch = [];
  diffValue(lastSaved, current, '', patch);
  return patch;
}

function diffValue(before: unknown, after: unknown, path: string, patch: JsonPatch): void {
  if (jsonEqual(before, after)) return;
  if (isJsonObject(before) && isJsonObject(after)) return diffObject(before, after, path, patch);
  if (isRowArray(before) && isRowArray(after)) return diffRows(before, after, path, patch);
  patch.push({ op: 'test', path, value: before }, { op: 'replace', path, value: after });
}

function diffObject(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  path: string,
  patch: JsonPatch,
): void {
  for (const key of presentKeys(before)) {
    if (after[key] !== undefined) continue;
    const child = `${path}/${pointerSegment(key)}`;
    patch.push({ op: 'test', path: child, value: before[key] }, { op: 'remove', path: child });
  }
  for (const key of presentKeys(after)) {
    const child = `${path}/${pointerSegment(key)}`;
    if (before[key] === undefined) patch.push({ op: 'add', path: child, value: after[key] });
    else diffValue(before[key], after[key], child, patch);
  }
}

function diffRows(
  before: Record<string, unknown>[],
  after: Record<string, unknown>[],
  path: string,
  patch: JsonPatch,
): void {
  const wanted = new Set(after.map((row) => rowIdOf(row)));
  // Remove from the end so earlier indices stay valid while we go.
  const working = [...before];
  for (let index = working.length - 1; index >= 0; index--) {
    const id = rowIdOf(working[index]);
    if (wanted.has(id)) continue;
    patch.push(testRow(path, index, id), { op: 'remove', path: `${path}/${index}` });
    working.splice(index, 1);
  }

  after.forEach((row, index) => {
    const id = rowIdOf(row);
    const from = working.findIndex((candidate) => rowIdOf(candidate) === id);
    if (from === -1) {
      patch.push({ op: 'add', path: `${path}/${index}`, value: row });
      working.splice(index, 0, row);
      return;
    }
    if (from !== index) {
      patch.push(testRow(path, from, id), { op: 'move', from: `${path}/${from}`, path: `${path}/${index}` });
      working.splice(index, 0, ...working.splice(from, 1));
    }
    const inner: JsonPatch = [];
    diffValue(working[index], row, `${path}/${index}`, inner);
    if (inner.length === 0) return;
    // Leaf tests alone could pass on another row that happens to hold the same value.
    if (from === index) patch.push(testRow(path, index, id));
    patch.push(...inner);
  });
}

function testRow(path: string, index: number, id: string | undefined): JsonPatch[number] {
  return { op: 'test', path: `${path}/${index}/${ROW_ID}`, value: id };
}
