import { Alert, Button, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useFormServices } from '../../context/FormServices.ts';
import type { PaymentInformation, PaymentService } from '../../../core/services/payment.ts';
import type { TaskActionService } from '../../../core/services/taskActions.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { OrderTable } from '../PaymentDetails/OrderTable.tsx';
import { sectionHeadingProps } from '../shared/headingLevel.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { isSafeUrl } from '../shared/safeUrl.ts';
import { ServiceNotice, ServiceStatus } from '../shared/ServiceNotice.tsx';
import { formatDateTime, useServiceQuery } from '../shared/useServiceQuery.ts';
import { useActionRunner } from '../shared/useActionRunner.ts';

type Outcome = 'start_failed' | 'cancelled' | 'cancel_failed' | 'confirmed' | 'confirm_failed' | undefined;

/**
 * The payment step of a payment task: the order, its status, and "Pay" (which usually sends the
 * user to the payment provider) and "Back" (rejecting the task). Once the payment is paid (the
 * user comes back from the provider, or it completed at once) the task is confirmed, which moves
 * the process on, as the reference frontend does. `renderAsSummary` shows the order and status
 * only, as on a receipt.
 */
export function Payment({ node }: SkjemaComponentProps) {
  const payments: PaymentService & TaskActionService = useFormServices();
  const texts = useTextResolver();
  const t = (key: string, ...params: (string | number)[]) => texts.resolve(key, { params });
  const asSummary = (node.component as { renderAsSummary?: boolean }).renderAsSummary === true;
  const summaryTitle = useNodeText(node, 'summaryTitle');
  const boundTitle = useNodeText(node, 'title');
  const title = (asSummary ? summaryTitle : undefined) ?? boundTitle ?? t('payment.title');
  const description = useNodeText(node, 'description');
  const headingId = useId();
  const language = texts.language;
  const load = useCallback(() => payments.fetchPayment(language), [payments, language]);
  const { result, reload } = useServiceQuery<PaymentInformation | null>(load);
  const runner = useActionRunner();
  const [outcome, setOutcome] = useState<Outcome>(undefined);

  const { run } = runner;
  /** Runs a step, clearing the last outcome first and recording how this one ended. */
  const step = useCallback(
    (action: () => Promise<Outcome>, failed: Outcome) =>
      run(async () => {
        setOutcome(undefined);
        try {
          setOutcome(await action());
        } catch (error) {
          setOutcome(failed);
          throw error;
        }
      }),
    [run],
  );
  const pay = () =>
    step(async () => {
      const { redirectUrl } = await payments.startPayment(language);
      if (redirectUrl && isSafeUrl(redirectUrl)) window.location.assign(redirectUrl);
      else reload();
      return undefined;
    }, 'start_failed');
  const back = () => step(() => payments.performTaskAction('reject').then(() => 'cancelled'), 'cancel_failed');
  const confirm = useCallback(
    () => step(() => payments.performTaskAction('confirm').then(() => 'confirmed'), 'confirm_failed'),
    [step, payments],
  );

  const payment = result.status === 'ready' ? result.value : null;
  const status = payment?.status;
  // Once per mount: a failed confirmation waits for the user's retry rather than looping.
  const confirming = useRef(false);
  useEffect(() => {
    if (asSummary || status !== 'Paid' || confirming.current) return;
    confirming.current = true;
    confirm();
  }, [asSummary, status, confirm]);
  const canPay =
    !asSummary &&
    outcome !== 'cancelled' &&
    (status === 'Uninitialized' || status === 'Created' || status === 'Failed');
  return (
    <section id={node.id} className="skjema-field-stack" aria-labelledby={headingId}>
      <Heading id={headingId} {...sectionHeadingProps(node)}>
        <Markdown text={title} inline />
      </Heading>
      {description !== undefined && !asSummary && (
        <Paragraph asChild>
          <div>
            <Markdown text={description} />
          </div>
        </Paragraph>
      )}
      <ServiceStatus status={result.status} empty={!payment} failedKey="payment.load_failed" emptyKey="payment.none" />
      {payment && (
        <>
          {status === 'Paid' && (
            <Alert data-color="success">
              <Paragraph>{t('payment.paid')}</Paragraph>
              {payment.paymentId && <Paragraph data-size="sm">{t('payment.payment_id', payment.paymentId)}</Paragraph>}
              {payment.paidAt && (
                <Paragraph data-size="sm">{t('payment.paid_at', formatDateTime(payment.paidAt, language))}</Paragraph>
              )}
            </Alert>
          )}
          {status === 'Skipped' && (
            <Alert data-color="info">
              <Paragraph>{t('payment.skipped')}</Paragraph>
            </Alert>
          )}
          {status === 'Failed' && (
            <Alert data-color="warning">
              <Paragraph>{t('payment.failed')}</Paragraph>
            </Alert>
          )}
          {payment.orderDetails.receiver && (
            <Paragraph data-size="sm">{t('payment.receiver', payment.orderDetails.receiver.name)}</Paragraph>
          )}
          {payment.orderDetails.orderLines.length > 0 ? (
            <OrderTable order={payment.orderDetails} />
          ) : (
            <ServiceNotice kind="info" textKey="payment.order.empty" />
          )}
          {canPay && (
            <div className="skjema-task-buttons">
              <Button type="button" variant="primary" aria-busy={runner.busy || undefined} onClick={pay}>
                {t('payment.pay')}
              </Button>
              <Button type="button" variant="secondary" aria-busy={runner.busy || undefined} onClick={back}>
                {t('payment.back')}
              </Button>
            </div>
          )}
        </>
      )}
      <div role="status">
        {outcome === 'cancelled' && <Paragraph data-size="sm">{t('payment.cancelled')}</Paragraph>}
        {outcome === 'confirmed' && <Paragraph data-size="sm">{t('payment.confirmed')}</Paragraph>}
      </div>
      {outcome === 'confirm_failed' && (
        <div className="skjema-task-buttons">
          <ValidationMessage role="alert">{t('payment.confirm_failed')}</ValidationMessage>
          <Button type="button" variant="primary" aria-busy={runner.busy || undefined} onClick={confirm}>
            {t('payment.confirm_retry')}
          </Button>
        </div>
      )}
      {(outcome === 'start_failed' || outcome === 'cancel_failed') && (
        <ValidationMessage role="alert">
          {t(outcome === 'start_failed' ? 'payment.start_failed' : 'signing.action_failed')}
        </ValidationMessage>
      )}
    </section>
  );
}
