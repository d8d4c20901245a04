/**
 * Severity of a backend validation issue, written as a number on the wire: 0 unspecified, 1 error,
 * 2 warning, 3 informational, 4 fixed (obsolete), 5 success.
 */
export type ValidationIssueSeverity = 0 | 1 | 2 | 3 | 4 | 5;

/** One issue from a backend validator. */
export interface ValidationIssueWithSource {
  severity: ValidationIssueSeverity;
  /** The validator that produced it, e.g. `Required`, `Expression` or a custom validator's name. */
  source: string;
  dataElementId?: string | null;
  /** Dotted model path with indices, e.g. `form.people[1].name`. */
  field?: string | null;
  code?: string | null;
  description?: string | null;
  customTextKey?: string | null;
  customTextParameters?: Record<string, string> | null;
  /** Obsolete positional parameters; omitted by the backend when null. */
  customTextParams?: string[] | null;
  /** Written only when true: validators that run on `validate` and process next, never after a PATCH. */
  noIncrementalUpdates?: boolean;
}

/**
 * All current issues from one validator. An empty `issues` list means "this source now has no
 * issues", so a client must clear what it showed from that source before.
 */
export interface ValidationSourcePair {
  source: string;
  issues: ValidationIssueWithSource[];
}
