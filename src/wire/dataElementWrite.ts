import type { DataModelPair } from './dataPatch.ts';
import type { Instance } from './instance.ts';
import type { ProblemDetails } from './problem.ts';
import type { ValidationIssueWithSource, ValidationSourcePair } from './validation.ts';

/** Reply of `POST data/{dataType}` (200): the new element and what changed because of it. */
export interface DataPostResponse {
  newDataElementId: string;
  instance: Instance;
  /** Empty unless the request named `ignoredValidators`. */
  validationIssues: ValidationSourcePair[];
  newDataModels: DataModelPair[];
}

/** Body of a refused `POST data/{dataType}` (400): the file validators' issues. */
export interface DataPostErrorResponse extends ProblemDetails {
  uploadValidationIssues: ValidationIssueWithSource[];
}

/** Reply of `DELETE data/{dataElementId}`. */
export interface DataDeleteResponse {
  instance: Instance;
  /** Empty unless the request named `ignoredValidators`. */
  validationIssues: ValidationSourcePair[];
  newDataModels: DataModelPair[];
}
