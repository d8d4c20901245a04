import type { JsonModel } from '../types.ts';

/** An edit the server does not have yet: the model it started from and what the user made of it. */
export interface PendingEdit {
  instanceId: string;
  dataElementId: string;
  dataType: string;
  /** The server model the edits were made on (the last saved one). */
  base: JsonModel;
  /** The model with the user's edits. */
  current: JsonModel;
  /** When it was written (clock time, ms); for display and clean-up only. */
  savedAt: number;
}

/**
 * Where unsaved edits survive a reload or a crash. Written on every change that is not saved yet,
 * deleted after a successful save, read when an instance is opened.
 */
export interface PendingEditsStore {
  put(edit: PendingEdit): Promise<void>;
  get(instanceId: string, dataElementId: string): Promise<PendingEdit | undefined>;
  delete(instanceId: string, dataElementId: string): Promise<void>;
}

export function pendingEditKey(instanceId: string, dataElementId: string): string {
  return `skjema-pending:${instanceId}:${dataElementId}`;
}
