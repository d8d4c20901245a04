import type { FormSession } from '../core/session/index.ts';
import type { BackendValidationIssue, Severity } from '../core/validation/index.ts';
import type { SkjemaValidationDetail, SkjemaValidationMessage } from './events.ts';

/** What a standalone form shows the user now: its shown issues, in the form's language. */
export function validationDetail(session: FormSession): SkjemaValidationDetail {
  const { validator } = session;
  const messages: SkjemaValidationMessage[] = validator.visibleIssues().map((issue) => ({
    severity: issue.severity,
    message: validator.message(issue),
    componentId: issue.nodeId,
    ...(issue.field ? { field: issue.field } : {}),
  }));
  return summarise(messages);
}

// The app API's numbers (ValidationIssueSeverity); 4, "fixed", is no message at all.
const BACKEND_SEVERITIES: Readonly<Record<number, Severity>> = { 1: 'error', 2: 'warning', 3: 'info', 5: 'success' };

/** The backend's issues of a connected instance, as they come. */
export function backendValidationDetail(issues: readonly BackendValidationIssue[]): SkjemaValidationDetail {
  const messages: SkjemaValidationMessage[] = [];
  for (const issue of issues) {
    const severity = BACKEND_SEVERITIES[issue.severity];
    if (!severity) continue;
    messages.push({
      severity,
      message: issue.description ?? issue.customTextKey ?? issue.code ?? '',
      ...(issue.field ? { field: issue.field } : {}),
    });
  }
  return summarise(messages);
}

function summarise(messages: readonly SkjemaValidationMessage[]): SkjemaValidationDetail {
  return {
    errors: messages.filter((message) => message.severity === 'error').length,
    warnings: messages.filter((message) => message.severity === 'warning').length,
    messages,
  };
}
