import { Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useAppTexts } from './AppTexts.ts';
import { PageHeading } from './PageHeading.tsx';

/**
 * A feedback task: the service owner's system works on the instance and moves the process on.
 * The user waits here; `AltinnApp` polls the process and leaves this page when the task changes.
 */
export function FeedbackPage() {
  const { text } = useAppTexts();
  return (
    <section className="skjema-app-page skjema-feedback">
      <PageHeading>{text('feedback.title')}</PageHeading>
      <div className="skjema-feedback-body">
        <Spinner aria-hidden data-size="md" />
        <Paragraph role="status">{text('feedback.body')}</Paragraph>
      </div>
    </section>
  );
}
