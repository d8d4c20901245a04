import {
  ErrorSummary,
  ErrorSummaryHeading,
  ErrorSummaryItem,
  ErrorSummaryLink,
  ErrorSummaryList,
} from '@digdir/designsystemet-react';
import { forwardRef, useCallback, useId, useSyncExternalStore, type ForwardedRef } from 'react';
import { useFormContext } from '../context/FormContext.ts';
import { useText } from '../i18n/useTexts.ts';
import { IssueMessage } from '../components/shared/IssueMessage.tsx';

/**
 * The list of errors that stop the user, at the bottom of the page once navigation or submit has
 * been tried. Each link goes to the field, on whatever page (or in whatever row) it is.
 */
export const ErrorReport = forwardRef<HTMLElement>(function ErrorReport(_props, summaryRef) {
  const { validator, focusNode } = useFormContext();
  const heading = useText('form_filler.error_report_header');
  const headingId = useId();
  const subscribe = useCallback((onChange: () => void) => validator.subscribe(onChange), [validator]);
  const version = useSyncExternalStore(subscribe, () => validator.version);
  void version;
  const errors = validator.visibleIssues().filter((issue) => issue.severity === 'error');
  const taskErrors = validator.taskIssues().filter((issue) => issue.severity === 'error');
  if (errors.length === 0 && taskErrors.length === 0) return null;
  return (
    // Our own element, not Designsystemet's `ds-error-summary`: that one takes the focus whenever it
    // is attached, and the report comes back while the user types (the first key of a date breaks
    // its pattern), so the rest of what they typed went nowhere. The form focuses the report only
    // when the user asks to move on (FormShell, on a blocked next or submit).
    <ErrorSummary asChild className="skjema-error-report">
      <div
        role="group"
        tabIndex={-1}
        aria-labelledby={headingId}
        ref={(element: HTMLDivElement | null) => setRef(summaryRef, element)}
      >
        <ErrorSummaryHeading id={headingId}>{heading}</ErrorSummaryHeading>
        <ErrorSummaryList>
          {taskErrors.map((issue) => (
            <ErrorSummaryItem key={issue.key}>
              <IssueMessage issue={issue} />
            </ErrorSummaryItem>
          ))}
          {errors.map((issue) => (
            <ErrorSummaryItem key={`${issue.nodeId}:${issue.key}`}>
              <ErrorSummaryLink
                href={`#${issue.nodeId}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusNode(issue.nodeId, issue.page);
                }}
              >
                <IssueMessage issue={issue} links={false} />
              </ErrorSummaryLink>
            </ErrorSummaryItem>
          ))}
        </ErrorSummaryList>
      </div>
    </ErrorSummary>
  );
});

function setRef<T>(ref: ForwardedRef<T>, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}
