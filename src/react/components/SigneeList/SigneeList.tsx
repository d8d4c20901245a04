import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { useCallback, useId } from 'react';
import { useFormServices } from '../../context/FormServices.ts';
import type { Signee, SigningService } from '../../../core/services/signing.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { ServiceStatus } from '../shared/ServiceNotice.tsx';
import { ServiceTableHeading } from '../shared/ServiceTableHeading.tsx';
import { useServiceQuery } from '../shared/useServiceQuery.ts';
import { signeeStatusText } from './signeeStatus.ts';

/** Who is asked to sign in the signing task, for whom, and how far each has come. */
export function SigneeList({ node }: SkjemaComponentProps) {
  const signing: SigningService = useFormServices();
  const texts = useTextResolver();
  const t = (key: string) => texts.resolve(key);
  const headingId = useId();
  const load = useCallback(() => signing.listSignees(), [signing]);
  const { result } = useServiceQuery<Signee[]>(load);
  const signees = result.status === 'ready' ? result.value : [];
  return (
    <section id={node.id} className="skjema-field-stack" aria-labelledby={headingId}>
      <ServiceTableHeading node={node} id={headingId} fallbackTitle={t('signee_list.caption')} />
      <ServiceStatus
        status={result.status}
        empty={signees.length === 0}
        failedKey="signee_list.load_failed"
        emptyKey="signee_list.empty"
      />
      {signees.length > 0 && (
        <div className="skjema-table-scroll">
          <Table data-size="sm" aria-labelledby={headingId}>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('signee_list.name')}</TableHeaderCell>
                <TableHeaderCell>{t('signee_list.on_behalf_of')}</TableHeaderCell>
                <TableHeaderCell>{t('signee_list.status')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {signees.map((signee, index) => (
                <TableRow key={index}>
                  {/* An organisation signing through whoever represents it has no personal name. */}
                  <TableCell>{signee.name ?? signee.organisation ?? t('general.empty_value')}</TableCell>
                  <TableCell>{(signee.name && signee.organisation) || t('general.empty_value')}</TableCell>
                  <TableCell>{signeeStatusText(signee, texts)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
