import type { Instance } from './instance.ts';
import type { ValidationIssue, ValidationSourcePair } from './validation.ts';

/**
 * One RFC 6902 operation. Paths are JSON Pointers over the model's serialised property names.
 * Put a `test` before each `replace`/`remove` so the backend refuses a patch built on stale data (409).
 */
export type JsonPatchOperation =
  | { op: 'add' | 'replace' | 'test'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'move' | 'copy'; from: string; path: string };

export type JsonPatch = JsonPatchOperation[];

export interface DataPatchRequest {
  patch: JsonPatch;
  /** Validator sources to skip on this save, e.g. the ones the client runs itself. */
  ignoredValidators?: string[];
}

export interface DataPatchResponse {
  /** The full model after the patch and after the app's data processors ran. */
  newDataModel: unknown;
  /** Keyed by validator source; only validators that ran are present. */
  validationIssues: Record<string, ValidationIssue[]>;
  instance: Instance;
}

export interface DataElementPatch {
  dataElementId: string;
  patch: JsonPatch;
}

export interface DataPatchRequestMultiple {
  patches: DataElementPatch[];
  ignoredValidators?: string[];
}

export interface DataModelPair {
  dataElementId: string;
  data: unknown;
}

export interface DataPatchResponseMultiple {
  /** Every patched model plus any model the data processors created or changed. */
  newDataModels: DataModelPair[];
  validationIssues: ValidationSourcePair[];
  instance: Instance;
}
