import { Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useFormServices } from '../../context/FormServices.ts';
import type { PaymentInformation, PaymentService, PaymentStatus } from '../../../core/services/payment.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaSummaryProps } from '../../registry/types.ts';
import { OrderTable } from '../PaymentDetails/OrderTable.tsx';
import { ServiceStatus } from '../shared/ServiceNotice.tsx';
import { formatDateTime, useServiceQuery } from '../shared/useServiceQuery.ts';

const STATUS_TEXT: Record<PaymentStatus, string> = {
  Uninitialized: 'payment.not_paid',
  Created: 'payment.not_paid',
  Paid: 'payment.paid',
  Failed: 'payment.failed',
  Skipped: 'payment.skipped',
};

/**
 * The payment in a summary: how far it has come (when it was paid, with the provider's
 * reference) and the order. The summary line around it names it and offers the way back to pay.
 */
export function PaymentSummary(_props: SkjemaSummaryProps) {
  const payments: PaymentService = useFormServices();
  const texts = useTextResolver();
  const t = (key: string, ...params: (string | number)[]) => texts.resolve(key, { params });
  const language = texts.language;
  const load = useCallback(() => payments.fetchPayment(language), [payments, language]);
  const { result } = useServiceQuery<PaymentInformation | null>(load);
  const payment = result.status === 'ready' ? result.value : null;
  if (!payment) {
    return <ServiceStatus status={result.status} empty failedKey="payment.load_failed" emptyKey="payment.none" />;
  }
  const lines = payment.orderDetails.orderLines;
  return (
    <div className="skjema-summary-payment">
      <Paragraph>{t(STATUS_TEXT[payment.status] ?? STATUS_TEXT.Uninitialized)}</Paragraph>
      {payment.status === 'Paid' && payment.paidAt && (
        <Paragraph data-size="sm">{t('payment.paid_at', formatDateTime(payment.paidAt, language))}</Paragraph>
      )}
      {payment.status === 'Paid' && payment.paymentId && (
        <Paragraph data-size="sm">{t('payment.payment_id', payment.paymentId)}</Paragraph>
      )}
      {payment.orderDetails.receiver && (
        <Paragraph data-size="sm">{t('payment.receiver', payment.orderDetails.receiver.name)}</Paragraph>
      )}
      {lines.length > 0 && <OrderTable order={payment.orderDetails} />}
    </div>
  );
}
