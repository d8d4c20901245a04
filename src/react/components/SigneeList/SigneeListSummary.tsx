import { useCallback } from 'react';
import { useFormServices } from '../../context/FormServices.ts';
import type { Signee, SigningService } from '../../../core/services/signing.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaSummaryProps } from '../../registry/types.ts';
import { ServiceStatus } from '../shared/ServiceNotice.tsx';
import { useServiceQuery } from '../shared/useServiceQuery.ts';
import { signeeStatusText } from './signeeStatus.ts';

/** The signees in a summary: each with whom they sign for and how far they have come. */
export function SigneeListSummary(_props: SkjemaSummaryProps) {
  const signing: SigningService = useFormServices();
  const texts = useTextResolver();
  const load = useCallback(() => signing.listSignees(), [signing]);
  const { result } = useServiceQuery<Signee[]>(load);
  const signees = result.status === 'ready' ? result.value : [];
  if (signees.length === 0) {
    return (
      <ServiceStatus status={result.status} empty failedKey="signee_list.load_failed" emptyKey="signee_list.empty" />
    );
  }
  return (
    <ul className="skjema-summary-list skjema-summary-entries">
      {signees.map((signee, index) => (
        <li key={index}>
          {/* An organisation signing through whoever represents it has no personal name. */}
          <span className="skjema-summary-entry-name">{signee.name ?? signee.organisation}</span>
          {signee.name && signee.organisation && (
            <span>{texts.resolve('signee_list.summary_on_behalf_of', { params: [signee.organisation] })}</span>
          )}
          <span className="skjema-summary-entry-status">{signeeStatusText(signee, texts)}</span>
        </li>
      ))}
    </ul>
  );
}
