import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { BackendValidationIssue } from '../../core/validation/index.ts';
import { useAppTexts } from './AppTexts.ts';
import { PageHeading } from './PageHeading.tsx';
import { ProcessIssues } from './ProcessIssues.tsx';

export interface ConfirmationPageProps {
  /** What the user confirms: usually a summary of the data tasks before this one. */
  summary?: ReactNode;
  /** The `confirm` action is among the task's authorised user actions; otherwise no button. */
  canConfirm: boolean;
  onConfirm(): void;
  /** While the confirmation is on its way: the button is disabled so one click confirms once. */
  busy?: boolean;
  /** What blocked the last attempt (a 409 from the backend). */
  issues?: readonly BackendValidationIssue[];
  /** A failure that has no issues (network, server error), shown as an alert. */
  error?: ReactNode;
}

/** A confirmation task: review what was filled in and submit it. */
export function ConfirmationPage({
  summary,
  canConfirm,
  onConfirm,
  busy = false,
  issues,
  error,
}: ConfirmationPageProps) {
  const { text } = useAppTexts();
  return (
    <section className="skjema-app-page skjema-confirmation">
      <PageHeading>{text('confirm.title')}</PageHeading>
      <Paragraph>{text('confirm.body')}</Paragraph>
      {summary}
      {issues && <ProcessIssues issues={issues} />}
      {error}
      {canConfirm ? (
        <div>
          <Button disabled={busy} aria-busy={busy || undefined} onClick={onConfirm}>
            {text('confirm.button')}
          </Button>
        </div>
      ) : (
        <Paragraph data-size="sm">{text('confirm.not_authorized')}</Paragraph>
      )}
    </section>
  );
}
