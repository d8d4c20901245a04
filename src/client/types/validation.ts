/**
 * Severity of a backend validation issue. The backend writes the enum as a number, not a name,
 * so the names live here for readability at the call site.
 */
export const ValidationIssueSeverity = {
  Unspecified: 0,
  Error: 1,
  Warning: 2,
  Informational: 3,
  /** Obsolete on the backend; kept so that old apps' responses still type-check. */
  Fixed: 4,
  Success: 5,
} as const;

export type ValidationIssueSeverity = (typeof ValidationIssueSeverity)[keyof typeof ValidationIssueSeverity];

/** One issue from a backend validator (`ValidationIssueWithSource` on the wire). */
export interface ValidationIssue {
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
  /** Set only for validators that run on `validate` and process next, never after a PATCH. */
  noIncrementalUpdates?: boolean;
}

/**
 * All current issues from one validator. An empty `issues` list means "this source now has no
 * issues", so a client must clear what it showed from that source before.
 */
export interface ValidationSourcePair {
  source: string;
  issues: ValidationIssue[];
}
