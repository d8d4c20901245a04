import { isJsonObject, isRowArray, jsonEqual, presentKeys, rowIdOf } from './json.ts';

/**
 * Three-way merge of a data model: what both sides changed since `base` is kept, and where both
 * changed the same value, `mine` (the user's edit) wins.
 *
 * Used twice by the save: after a PATCH (`base` = what was sent, `theirs` = the server's model with
 * its calculations, `mine` = the form now, with what the user typed meanwhile) and for a rebase
 * after a 409 (`base` = the stale model the patch was built on, `theirs` = the server's current
 * model, `mine` = the user's model). Rows of `altinnRowId` arrays are merged by id, so a row the
 * server added and a row the user added both survive.
 */
export function mergeModels(base: unknown, theirs: unknown, mine: unknown): unknown {
  if (jsonEqual(mine, base)) return theirs;
  if (jsonEqual(theirs, base) || jsonEqual(theirs, mine)) return mine;
  if (isJsonObject(base) && isJsonObject(theirs) && isJsonObject(mine)) return mergeObjects(base, theirs, mine);
  if (isRowArray(theirs) && isRowArray(mine)) return mergeRows(isRowArray(base) ? base : [], theirs, mine);
  if (isJsonObject(theirs) && isJsonObject(mine)) return mergeObjects({}, theirs, mine);
  return mine;
}

function mergeObjects(
  base: Record<string, unknown>,
  theirs: Record<string, unknown>,
  mine: Record<string, unknown>,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const keys = new Set([...presentKeys(mine), ...presentKeys(theirs), ...presentKeys(base)]);
  for (const key of keys) {
    const merged = mergeModels(base[key], theirs[key], mine[key]);
    if (merged !== undefined) result[key] = merged;
  }
  return result;
}

function mergeRows(
  base: Record<string, unknown>[],
  theirs: Record<string, unknown>[],
  mine: Record<string, unknown>[],
): Record<string, unknown>[] {
  const byId = (rows: Record<string, unknown>[]) => new Map(rows.map((row) => [rowIdOf(row), row]));
  const baseRows = byId(base);
  const theirRows = byId(theirs);
  const myRows = byId(mine);
  // A row one side deleted stays deleted unless the other side edited it meanwhile.
  const keep = (id: string | undefined) => {
    const original = baseRows.get(id);
    if (!original) return true;
    const mineRow = myRows.get(id);
    const theirRow = theirRows.get(id);
    if (!mineRow) return theirRow !== undefined && !jsonEqual(theirRow, original);
    if (!theirRow) return !jsonEqual(mineRow, original);
    return true;
  };

  // The user's order wins; rows only the server has keep their place after their predecessor.
  const result: Record<string, unknown>[] = [];
  for (const row of mine) {
    const id = rowIdOf(row);
    if (!keep(id)) continue;
    result.push(mergeModels(baseRows.get(id), theirRows.get(id), row) as Record<string, unknown>);
  }
  theirs.forEach((row, index) => {
    const id = rowIdOf(row);
    if (myRows.has(id) || !keep(id)) return;
    let at = -1;
    for (let before = index - 1; before >= 0 && at === -1; before--) {
      const previous = rowIdOf(theirs[before]);
      at = result.findIndex((candidate) => rowIdOf(candidate) === previous);
    }
    result.splice(at + 1, 0, row);
  });
  return result;
}
