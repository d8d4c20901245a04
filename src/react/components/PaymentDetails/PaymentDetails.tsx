import { Paragraph } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import { useCallback, useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useFormContext } from '../../context/FormContext.ts';
import { useFormServices } from '../../context/FormServices.ts';
import type { OrderDetails, PaymentService } from '../../../core/services/payment.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { sectionHeadingProps } from '../shared/headingLevel.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { ServiceStatus } from '../shared/ServiceNotice.tsx';
import { useServiceQuery } from '../shared/useServiceQuery.ts';
import { OrderTable } from './OrderTable.tsx';

const SETTLE_MS = 400;

/**
 * The order the user will pay for, as the app calculates it from the current data. `mapping`
 * (data path → query parameter) names the fields the order depends on: their values go with the
 * request, and the order is asked for again whenever one of them changes.
 */
export function PaymentDetails({ node }: SkjemaComponentProps) {
  const { engine } = useFormContext();
  const payments: PaymentService = useFormServices();
  const texts = useTextResolver();
  const title = useNodeText(node, 'title');
  const description = useNodeText(node, 'description');
  const headingId = useId();
  const mapping = (node.component as { mapping?: Record<string, string> }).mapping;
  // Only the mapped paths: an order does not depend on the rest of the form.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const offs = Object.keys(mapping ?? {}).map((path) => engine.data.model().subscribeAt(path, onChange));
      return () => offs.forEach((off) => off());
    },
    [engine, mapping],
  );
  // A string, so an unrelated keystroke yields an equal snapshot and asks the server nothing.
  const readMapped = useCallback(
    () => JSON.stringify(mappedValues(mapping, (path) => engine.data.model().get(path))),
    [engine, mapping],
  );
  const mapped = useSyncExternalStore(subscribe, readMapped, readMapped);
  // Typing into a mapped field asks once the user pauses, not once per keystroke.
  const [settled, setSettled] = useState(mapped);
  useEffect(() => {
    if (mapped === settled) return;
    const timer = setTimeout(() => setSettled(mapped), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [mapped, settled]);
  const language = texts.language;
  const load = useCallback(
    () => payments.fetchOrderDetails({ language, mapping: JSON.parse(settled) as Record<string, string> }),
    [payments, language, settled],
  );
  const { result } = useServiceQuery<OrderDetails | null>(load);
  const order = result.status === 'ready' && result.value?.orderLines.length ? result.value : null;
  return (
    <section id={node.id} className="skjema-field-stack" aria-labelledby={title !== undefined ? headingId : undefined}>
      {title !== undefined && (
        <Heading id={headingId} {...sectionHeadingProps(node)}>
          <Markdown text={title} inline />
        </Heading>
      )}
      {description !== undefined && (
        <Paragraph asChild>
          <div>
            <Markdown text={description} />
          </div>
        </Paragraph>
      )}
      <ServiceStatus
        status={result.status}
        empty={!order}
        failedKey="payment.order.load_failed"
        emptyKey="payment.order.empty"
      />
      {order && <OrderTable order={order} labelledBy={title !== undefined ? headingId : undefined} />}
    </section>
  );
}

/** The mapped fields' current values; objects and arrays travel as JSON, missing fields as nothing. */
function mappedValues(mapping: Record<string, string> | undefined, read: (path: string) => unknown) {
  const values: Record<string, string> = {};
  for (const [path, parameter] of Object.entries(mapping ?? {})) {
    const value = read(path);
    if (value === undefined || value === null) continue;
    values[parameter] = typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return values;
}
