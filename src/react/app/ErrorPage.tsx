import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useAppTexts } from './AppTexts.ts';
import { PageHeading } from './PageHeading.tsx';

/**
 * Why the service cannot be shown: no connection, no access, a login at too low a security level
 * (a 403 whose obligations ask for a higher one), a missing instance, or a server error.
 */
export type AppProblem =
  | { kind: 'network' }
  | { kind: 'forbidden' }
  | { kind: 'authLevel'; requiredLevel: string }
  | { kind: 'notFound' }
  | { kind: 'unknown'; detail?: string };

const TITLE: Record<AppProblem['kind'], string> = {
  network: 'app_error.title',
  forbidden: 'app_error.forbidden_title',
  authLevel: 'app_error.forbidden_title',
  notFound: 'app_error.not_found_title',
  unknown: 'app_error.title',
};

export function ErrorPage({ problem, onRetry }: { problem: AppProblem; onRetry?: () => void }) {
  const { text } = useAppTexts();
  return (
    <section className="skjema-app-page skjema-app-error">
      <PageHeading>{text(TITLE[problem.kind])}</PageHeading>
      <Alert data-color={problem.kind === 'network' ? 'warning' : 'danger'}>
        <Paragraph>{problemMessage(problem, text)}</Paragraph>
      </Alert>
      {onRetry && (
        <div>
          <Button variant="secondary" onClick={onRetry}>
            {text('app_error.retry')}
          </Button>
        </div>
      )}
    </section>
  );
}

function problemMessage(problem: AppProblem, text: (key: string, params?: readonly unknown[]) => string): string {
  switch (problem.kind) {
    case 'network':
      return text('app_error.network');
    case 'forbidden':
      return text('app_error.forbidden');
    case 'authLevel':
      return text('app_error.auth_level', [problem.requiredLevel]);
    case 'notFound':
      return text('app_error.not_found');
    case 'unknown':
      return text('app_error.unknown');
  }
}
