import { formatPath, parsePath } from '../data/path.ts';
import type { FieldIssue } from './fieldIssue.ts';
import { ValidationMask } from './masks.ts';
import type { BackendValidationIssue, Issue, Severity } from './types.ts';

const SEVERITIES: Readonly<Record<number, Severity>> = { 1: 'error', 2: 'warning', 3: 'info', 5: 'success' };

/** Validators whose checks the frontend runs itself; their issues show only when asked for. */
const STANDARD_SOURCES = new Set(['File', 'MimeTypeValidator', 'DataAnnotations', 'Required', 'Expression']);

/** Messages the backend sends as codes only. */
const KNOWN_CODES: Readonly<Record<string, string>> = {
  'File.ContentTypeNotAllowed': 'form_filler.file_uploader_validation_error_mime_type',
  'MimeTypeValidator.ContentTypeNotAllowed': 'form_filler.file_uploader_validation_error_mime_type',
};

export interface BackendGroup {
  readonly fields: readonly FieldIssue[];
  readonly task: readonly Issue[];
}

/** Splits one validator's issues into field issues and task-level issues (those without a field). */
export function toBackendGroup(
  issues: readonly BackendValidationIssue[],
  dataTypeOf: (dataElementId: string | null | undefined) => string,
): BackendGroup {
  const fields: FieldIssue[] = [];
  const task: Issue[] = [];
  issues.forEach((raw, index) => {
    const severity = SEVERITIES[raw.severity];
    if (!severity) return;
    const issue: Issue = {
      key: `backend|${raw.source}|${raw.code ?? ''}|${raw.field ?? ''}|${index}`,
      severity,
      source: 'backend',
      backendSource: raw.source,
      category: categoryOf(raw),
      textKey: textKeyOf(raw),
      params: [],
      customTextParameters: raw.customTextParameters ?? undefined,
    };
    if (raw.field)
      fields.push({ ...issue, dataType: dataTypeOf(raw.dataElementId), field: formatPath(parsePath(raw.field)) });
    else task.push(issue);
  });
  return { fields, task };
}

/** Groups issues by validator, the unit a PATCH response replaces. */
export function groupBySource(issues: readonly BackendValidationIssue[]): Map<string, BackendValidationIssue[]> {
  const groups = new Map<string, BackendValidationIssue[]>();
  for (const issue of issues) {
    let group = groups.get(issue.source);
    if (!group) groups.set(issue.source, (group = []));
    group.push(issue);
  }
  return groups;
}

function categoryOf(issue: BackendValidationIssue): number {
  if (
    issue.noIncrementalUpdates ||
    STANDARD_SOURCES.has(issue.source) ||
    issue.source.startsWith('DefaultTaskValidator')
  ) {
    return ValidationMask.Backend;
  }
  if (issue.showImmediately) return 0;
  if (issue.actLikeRequired) return ValidationMask.Required;
  return ValidationMask.CustomBackend;
}

function textKeyOf(issue: BackendValidationIssue): string {
  if (issue.customTextKey) return issue.customTextKey;
  const known = KNOWN_CODES[`${issue.source}.${issue.code ?? ''}`];
  if (known) return known;
  if (issue.description) return issue.description;
  return `${issue.source}.${issue.code ?? ''}`;
}
