import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useText } from '../../i18n/useTexts.ts';

/**
 * What a server-backed component shows instead of its content: a polite "loading" or "nothing here"
 * status, or a danger alert when the service failed. Both live in a live region, so screen reader
 * users hear why the content is missing.
 */
export function ServiceNotice({ kind, textKey }: { kind: 'info' | 'error'; textKey: string }) {
  const text = useText(textKey);
  if (kind === 'error') {
    return (
      <Alert data-color="danger" role="alert">
        <Paragraph>{text}</Paragraph>
      </Alert>
    );
  }
  return (
    <Paragraph role="status" data-size="sm">
      {text}
    </Paragraph>
  );
}

/**
 * The notice for a server-backed component's state: loading, failed (`failedKey`), or loaded but
 * with nothing to show (`emptyKey`, when `empty`). Nothing once there is content.
 */
export function ServiceStatus({
  status,
  empty,
  failedKey,
  emptyKey,
}: {
  status: 'loading' | 'failed' | 'ready';
  empty: boolean;
  failedKey: string;
  emptyKey: string;
}) {
  if (status === 'loading') return <ServiceNotice kind="info" textKey="general.loading" />;
  if (status === 'failed') return <ServiceNotice kind="error" textKey={failedKey} />;
  return empty ? <ServiceNotice kind="info" textKey={emptyKey} /> : null;
}
