import type { Issue } from './types.ts';

/** An issue about one data-model field; components bound to the field collect it. */
export interface FieldIssue extends Issue {
  readonly dataType: string;
  readonly field: string;
}
