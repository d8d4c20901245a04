import { Alert, Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { Heading } from '../render/formHeadings.tsx';
import { useId, useState } from 'react';
import { isSafeUrl } from '../components/shared/safeUrl.ts';
import { useAppTexts } from './AppTexts.ts';
import { formatDateTime } from './formatDate.ts';
import { PageHeading } from './PageHeading.tsx';

/** A file of the submitted instance, linked from the receipt. */
export interface ReceiptFile {
  id: string;
  filename: string;
  /** Where to download it; a file without a safe URL is listed without a link. */
  url?: string;
}

export interface ReceiptPageProps {
  /** The instance id `{partyId}/{guid}`; its guid's last group is the reference number, as in Altinn. */
  instanceId: string;
  /** ISO date-time the process ended. */
  submittedAt?: string;
  sender?: string;
  receiver?: string;
  files: readonly ReceiptFile[];
  /** Starts a new instance from this one; given when the app allows copies (`copyInstanceSettings.enabled`). */
  onNewCopy?: () => Promise<void>;
}

/** The default receipt once the process has ended: when, from whom, to whom, the reference, the files. */
export function ReceiptPage({ instanceId, submittedAt, sender, receiver, files, onNewCopy }: ReceiptPageProps) {
  const { text, language } = useAppTexts();
  const [copying, setCopying] = useState<'idle' | 'busy' | 'failed'>('idle');
  const newCopy = async () => {
    if (!onNewCopy || copying === 'busy') return;
    setCopying('busy');
    try {
      await onNewCopy();
      setCopying('idle');
    } catch {
      setCopying('failed');
    }
  };
  const filesHeadingId = useId();
  const facts: [string, string | undefined][] = [
    ['receipt.date_sent', submittedAt ? formatDateTime(submittedAt, language) : undefined],
    ['receipt.sender', sender],
    ['receipt.receiver', receiver],
    ['receipt.ref_num', referenceNumber(instanceId)],
  ];
  return (
    <section className="skjema-app-page skjema-receipt">
      <PageHeading>{text('receipt.title')}</PageHeading>
      <Paragraph>{text('receipt.body')}</Paragraph>
      <dl className="skjema-receipt-facts">
        {facts
          .filter((fact): fact is [string, string] => fact[1] !== undefined && fact[1] !== '')
          .map(([key, value]) => (
            <div key={key}>
              <dt>{text(key)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <section aria-labelledby={filesHeadingId}>
        <Heading level={2} data-size="sm" id={filesHeadingId}>
          {text('receipt.attachments')}
        </Heading>
        {files.length === 0 ? (
          <Paragraph data-size="sm">{text('attachment_list.empty')}</Paragraph>
        ) : (
          <ul className="skjema-receipt-files">
            {files.map((file) => (
              <li key={file.id}>
                {file.url && isSafeUrl(file.url) ? (
                  <Link href={file.url} download={file.filename}>
                    {file.filename}
                  </Link>
                ) : (
                  file.filename
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {onNewCopy && (
        <div className="skjema-receipt-actions">
          <Button variant="secondary" onClick={() => void newCopy()} aria-busy={copying === 'busy' || undefined}>
            {text('receipt.new_copy')}
          </Button>
          {copying === 'failed' && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{text('receipt.new_copy_failed')}</Paragraph>
            </Alert>
          )}
        </div>
      )}
    </section>
  );
}

function referenceNumber(instanceId: string): string {
  const guid = instanceId.split('/').pop() ?? instanceId;
  return guid.split('-').pop() ?? guid;
}
