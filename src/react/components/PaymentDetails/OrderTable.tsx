import {
  Table,
  TableBody,
  TableCell,
  TableFoot,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import type { OrderDetails } from '../../../core/services/payment.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { formatMoney } from '../shared/useServiceQuery.ts';

/** An order's lines with prices excluding VAT, and the totals in the footer; named by `labelledBy`. */
export function OrderTable({ order, labelledBy }: { order: OrderDetails; labelledBy?: string }) {
  const texts = useTextResolver();
  const t = (key: string) => texts.resolve(key);
  const money = (amount: number) => formatMoney(amount, order.currency, texts.language);
  const percent = new Intl.NumberFormat(texts.language, { maximumFractionDigits: 2 });
  const total = (key: string, amount: number, strong = false) => (
    <TableRow>
      <TableHeaderCell scope="row" colSpan={3}>
        {t(key)}
      </TableHeaderCell>
      <TableCell className="skjema-amount">{strong ? <strong>{money(amount)}</strong> : money(amount)}</TableCell>
    </TableRow>
  );
  return (
    <div className="skjema-table-scroll">
      <Table
        data-size="sm"
        aria-labelledby={labelledBy}
        aria-label={labelledBy ? undefined : t('payment.order.caption')}
      >
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('payment.order.description')}</TableHeaderCell>
            <TableHeaderCell className="skjema-amount">{t('payment.order.quantity')}</TableHeaderCell>
            <TableHeaderCell className="skjema-amount">{t('payment.order.vat')}</TableHeaderCell>
            <TableHeaderCell className="skjema-amount">{t('payment.order.price')}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {order.orderLines.map((line) => (
            <TableRow key={line.id}>
              <TableCell>{t(line.name)}</TableCell>
              <TableCell className="skjema-amount">{line.quantity}</TableCell>
              <TableCell className="skjema-amount">{`${percent.format(line.vatPercent)} %`}</TableCell>
              <TableCell className="skjema-amount">{money(line.priceExVat * line.quantity)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFoot>
          {total('payment.order.total_ex_vat', order.totalPriceExVat)}
          {total('payment.order.total_vat', order.totalVat)}
          {total('payment.order.total', order.totalPriceIncVat, true)}
        </TableFoot>
      </Table>
    </div>
  );
}
