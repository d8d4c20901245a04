import { Link, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { useCallback, useId } from 'react';
import { useFormContext } from '../../context/FormContext.ts';
import { useFormServices } from '../../context/FormServices.ts';
import type { SigningDocument, SigningService } from '../../../core/services/signing.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { isSafeUrl } from '../shared/safeUrl.ts';
import { ServiceStatus } from '../shared/ServiceNotice.tsx';
import { ServiceTableHeading } from '../shared/ServiceTableHeading.tsx';
import { useServiceQuery } from '../shared/useServiceQuery.ts';

interface DataTypeInfo {
  id: string;
  description?: Record<string, string>;
}

/** The documents the signees sign, each a download link where the server offers one. */
export function SigningDocumentList({ node }: SkjemaComponentProps) {
  const { engine } = useFormContext();
  const signing: SigningService = useFormServices();
  const texts = useTextResolver();
  const t = (key: string) => texts.resolve(key);
  const headingId = useId();
  const load = useCallback(() => signing.listSigningDocuments(), [signing]);
  const { result } = useServiceQuery<SigningDocument[]>(load);
  const documents = result.status === 'ready' ? result.value : [];
  const dataTypes = (engine.layoutSet.applicationMetadata?.dataTypes ?? []) as DataTypeInfo[];
  // The data type's description names the kind of document better than its id does.
  const typeName = (dataType: string) => {
    const description = dataTypes.find((type) => type.id === dataType)?.description;
    const text = description?.[texts.language] ?? description?.nb ?? description?.en;
    return text ? texts.resolve(text) : dataType;
  };
  const size = new Intl.NumberFormat(texts.language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  return (
    <section id={node.id} className="skjema-field-stack" aria-labelledby={headingId}>
      <ServiceTableHeading node={node} id={headingId} fallbackTitle={t('signing_document_list.caption')} />
      <ServiceStatus
        status={result.status}
        empty={documents.length === 0}
        failedKey="signing_document_list.load_failed"
        emptyKey="signing_document_list.empty"
      />
      {documents.length > 0 && (
        <div className="skjema-table-scroll">
          <Table data-size="sm" aria-labelledby={headingId}>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('signing_document_list.name')}</TableHeaderCell>
                <TableHeaderCell>{t('signing_document_list.type')}</TableHeaderCell>
                <TableHeaderCell className="skjema-amount">{t('signing_document_list.size')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {documents.map((document) => (
                <TableRow key={document.id}>
                  <TableCell>
                    {document.url && isSafeUrl(document.url) ? (
                      <Link href={document.url} download={document.filename}>
                        {document.filename}
                      </Link>
                    ) : (
                      document.filename
                    )}
                  </TableCell>
                  <TableCell>{typeName(document.dataType)}</TableCell>
                  <TableCell className="skjema-amount">
                    {size.format(Math.max(1, Math.round(document.size / 1024)))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
