import { ErrorSummary, ErrorSummaryHeading, ErrorSummaryItem, ErrorSummaryList } from '@digdir/designsystemet-react';
import type { BackendValidationIssue } from '../../core/validation/index.ts';
import { useAppTexts } from './AppTexts.ts';

/**
 * The errors the app backend found when the user tried to move the process on (a 409 from
 * `process/next` with `validationIssues`). Designsystemet's summary takes focus when it appears, so
 * the user hears at once why nothing moved.
 */
export function ProcessIssues({ issues }: { issues: readonly BackendValidationIssue[] }) {
  const { text } = useAppTexts();
  const errors = issues.filter((issue) => issue.severity === 1);
  if (errors.length === 0) return null;
  return (
    <ErrorSummary className="skjema-process-issues">
      <ErrorSummaryHeading>{text('form_filler.error_report_header')}</ErrorSummaryHeading>
      <ErrorSummaryList>
        {errors.map((issue, index) => (
          <ErrorSummaryItem key={`${issue.source}:${issue.code ?? ''}:${issue.field ?? ''}:${index}`}>
            {issueMessage(issue, text)}
          </ErrorSummaryItem>
        ))}
      </ErrorSummaryList>
    </ErrorSummary>
  );
}

/**
 * The default data element validator's virus-scan codes come with a bare English description;
 * Altinn's page shows its own text for them, and so does this one (an app may override the keys).
 */
const FILE_SCAN_TEXTS: Readonly<Record<string, string>> = {
  DataElementFileInfected: 'general.wait_for_attachments_infected',
  DataElementFileScanPending: 'general.wait_for_attachments',
};

/** As Altinn does: the app's text for `customTextKey`, else the backend's description, else the code. */
export function issueMessage(
  issue: BackendValidationIssue,
  text: (key: string, params?: readonly unknown[]) => string,
): string {
  if (issue.customTextKey) {
    const params = issue.customTextParameters ? Object.values(issue.customTextParameters) : undefined;
    return text(issue.customTextKey, params);
  }
  const scanText = issue.code ? FILE_SCAN_TEXTS[issue.code] : undefined;
  if (scanText) return text(scanText);
  return issue.description || issue.code || text('app_error.unknown');
}
