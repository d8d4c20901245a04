import { isAppApiError } from '../../client/index.ts';
import { isJsonObject } from '../patch/json.ts';
import type { JsonModel } from '../types.ts';

/** What a failed PATCH means for the save queue. */
export type SaveFailure =
  /** A `test` (409) or another operation (422) failed on data that changed under us: rebase on `previousModel`. */
  | { kind: 'conflict'; dataElementId: string; previousModel: JsonModel; message: string }
  /** No answer (status 0, a thrown fetch) or a server fault (5xx): try again later. */
  | { kind: 'transient'; offline: boolean; message: string }
  /** The server refused the request (other 4xx): retrying the same thing cannot help. */
  | { kind: 'refused'; status: number; message: string };

export function classifySaveFailure(error: unknown): SaveFailure {
  if (!isAppApiError(error)) {
    return { kind: 'transient', offline: true, message: error instanceof Error ? error.message : String(error) };
  }
  const body = error.body;
  if (
    (error.status === 409 || error.status === 422) &&
    isJsonObject(body) &&
    isJsonObject(body.previousModel) &&
    typeof body.dataElementId === 'string'
  ) {
    return {
      kind: 'conflict',
      dataElementId: body.dataElementId,
      previousModel: body.previousModel,
      message: error.message,
    };
  }
  if (error.status === 0) return { kind: 'transient', offline: true, message: error.message };
  if (error.status >= 500 || error.status === 408 || error.status === 429) {
    return { kind: 'transient', offline: false, message: error.message };
  }
  return { kind: 'refused', status: error.status, message: error.message };
}

/** 1 s, 2 s, 4 s … at most 30 s between retries. */
export function backoffDelay(failures: number, firstMs = 1000, maxMs = 30_000): number {
  return Math.min(maxMs, firstMs * 2 ** Math.max(0, failures - 1));
}
