import {
  ErrorSummary,
  ErrorSummaryHeading,
  ErrorSummaryItem,
  ErrorSummaryLink,
  ErrorSummaryList,
} from '@digdir/designsystemet-react';
import { forwardRef, useCallback, useSyncExternalStore } from 'react';
import { useFormContext } from '../context/FormContext.ts';
import { useText, useTextResolver } from '../i18n/useTexts.ts';
import { Markdown } from '../components/shared/Markdown.tsx';

/**
 * The list of errors that stop the user, at the bottom of the page once navigation or submit has
 * been tried. Each link goes to the field, on whatever page (or in whatever row) it is.
 */
export const ErrorReport = forwardRef<HTMLHeadingElement>(function ErrorReport(_props, headingRef) {
  const { validator, focusNode } = useFormContext();
  const texts = useTextResolver();
  const heading = useText('form_filler.error_report_header');
  const subscribe = useCallback((onChange: () => void) => validator.subscribe(onChange), [validator]);
  const version = useSyncExternalStore(subscribe, () => validator.version);
  void version;
  const errors = validator.visibleIssues().filter((issue) => issue.severity === 'error');
  const taskErrors = validator.taskIssues().filter((issue) => issue.severity === 'error');
  if (errors.length === 0 && taskErrors.length === 0) return null;
  return (
    <ErrorSummary className="skjema-error-report">
      <ErrorSummaryHeading ref={headingRef} tabIndex={-1}>
        {heading}
      </ErrorSummaryHeading>
      <ErrorSummaryList>
        {taskErrors.map((issue) => (
          <ErrorSummaryItem key={issue.key}>
            <Markdown text={validator.message(issue, texts.language)} inline />
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
              <Markdown text={validator.message(issue, texts.language)} inline />
            </ErrorSummaryLink>
          </ErrorSummaryItem>
        ))}
      </ErrorSummaryList>
    </ErrorSummary>
  );
});
