/** RFC 7807 error body. The backend adds extension members (e.g. `validationIssues`) at the top level. */
export interface ProblemDetails {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  instance?: string | null;
  [extension: string]: unknown;
}
