import { applyPatch, type Operation } from 'rfc6902';

export type PatchOutcome =
  | { readonly ok: true; readonly model: unknown }
  | { readonly ok: false; readonly failedTest: boolean; readonly index: number; readonly message: string };

/** Applies an RFC 6902 patch to a copy of `model`; the first failed operation decides the outcome. */
export function applyJsonPatch(model: unknown, patch: unknown): PatchOutcome {
  if (!Array.isArray(patch)) {
    return {
      ok: false,
      failedTest: false,
      index: 0,
      message: 'The patch must be a JSON array of RFC 6902 operations.',
    };
  }
  const malformed = patch.findIndex(
    (operation) =>
      operation === null || typeof operation !== 'object' || typeof (operation as { path?: unknown }).path !== 'string',
  );
  if (malformed >= 0) {
    return {
      ok: false,
      failedTest: false,
      index: malformed,
      message: `Operation ${malformed} needs "op" and a string "path".`,
    };
  }
  // The patch may replace the root, so it is applied to a holder object.
  const holder = { root: structuredClone(model) };
  const rooted = (patch as Operation[]).map((operation) => ({
    ...operation,
    path: `/root${operation.path}`,
    ...('from' in operation && typeof operation.from === 'string' ? { from: `/root${operation.from}` } : {}),
  })) as Operation[];
  const results = applyPatch(holder, rooted);
  const index = results.findIndex((result) => result !== null);
  if (index < 0) return { ok: true, model: holder.root };
  const error = results[index]!;
  return { ok: false, failedTest: error.name === 'TestError', index, message: error.message.replaceAll('/root', '') };
}
