import type { Instance } from './instance.ts';
import type { ProblemDetails } from './problem.ts';
import type { ValidationIssueWithSource, ValidationSourcePair } from './validation.ts';

/**
 * One RFC 6902 operation. Paths are JSON Pointers over the model's serialised property names.
 * Put a `test` before each `replace`/`remove` so the backend refuses a patch built on stale data (409).
 */
export type JsonPatchOperation =
  | { op: 'add' | 'replace' | 'test'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'move' | 'copy'; from: string; path: string };

/** A plain array on the wire (the Swashbuckle document wrongly shows `{ operations }`). */
export type JsonPatch = JsonPatchOperation[];

/** Body of `PATCH data/{dataElementId}`. */
export interface DataPatchRequest {
  patch: JsonPatch;
  /** Validator sources to skip on this save, e.g. the ones the client runs itself. */
  ignoredValidators?: string[] | null;
}

/** Reply of `PATCH data/{dataElementId}`. */
export interface DataPatchResponse {
  /** The full model after the patch and after the app's data processors ran. */
  newDataModel: unknown;
  /** Keyed by validator source; only validators that ran are present. */
  validationIssues: Record<string, ValidationIssueWithSource[]>;
  instance: Instance;
}

export interface DataElementPatch {
  dataElementId: string;
  patch: JsonPatch;
}

/** Body of `PATCH data`: several models in one save. */
export interface DataPatchRequestMultiple {
  patches: DataElementPatch[];
  ignoredValidators?: string[] | null;
}

/** A model and the data element holding it. */
export interface DataModelPair {
  dataElementId: string;
  data: unknown;
}

/** Reply of `PATCH data`. */
export interface DataPatchResponseMultiple {
  /** Every patched model plus any model the data processors created or changed. */
  newDataModels: DataModelPair[];
  /** Only validators that ran are present; an empty list clears that source. */
  validationIssues: ValidationSourcePair[];
  instance: Instance;
}

/**
 * Body of a refused patch: 409 when a `test` failed, 422 when another operation failed. The
 * `previousModel` is the server's current model, to rebase the user's edits on.
 */
export interface DataPatchError extends ProblemDetails {
  previousModel: unknown;
  dataElementId: string;
  /** Index of the operation that failed. */
  patchOperationIndex: number;
}
