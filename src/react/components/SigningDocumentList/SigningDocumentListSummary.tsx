import { Link } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useFormServices } from '../../context/FormServices.ts';
import type { SigningDocument, SigningService } from '../../../core/services/signing.ts';
import type { SkjemaSummaryProps } from '../../registry/types.ts';
import { isSafeUrl } from '../shared/safeUrl.ts';
import { ServiceStatus } from '../shared/ServiceNotice.tsx';
import { useServiceQuery } from '../shared/useServiceQuery.ts';

/** The signed (or to be signed) documents in a summary, each a download link where the server offers one. */
export function SigningDocumentListSummary(_props: SkjemaSummaryProps) {
  const signing: SigningService = useFormServices();
  const load = useCallback(() => signing.listSigningDocuments(), [signing]);
  const { result } = useServiceQuery<SigningDocument[]>(load);
  const documents = result.status === 'ready' ? result.value : [];
  if (documents.length === 0) {
    return (
      <ServiceStatus
        status={result.status}
        empty
        failedKey="signing_document_list.load_failed"
        emptyKey="signing_document_list.empty"
      />
    );
  }
  return (
    <ul className="skjema-summary-list">
      {documents.map((document) => (
        <li key={document.id}>
          {document.url && isSafeUrl(document.url) ? (
            <Link href={document.url} download={document.filename}>
              {document.filename}
            </Link>
          ) : (
            document.filename
          )}
        </li>
      ))}
    </ul>
  );
}
