import type { OrderDetails, PaymentInformation } from '../../src/react/context/FormServices.ts';

/** A two-line order in NOK, for the payment stories and tests. */
export const order: OrderDetails = {
  currency: 'NOK',
  orderLines: [
    { id: 'fee', name: 'order.fee', quantity: 1, priceExVat: 1000, vatPercent: 25 },
    { id: 'stand', name: 'Salgsbod', quantity: 2, priceExVat: 250, vatPercent: 25 },
  ],
  totalPriceExVat: 1500,
  totalVat: 375,
  totalPriceIncVat: 1875,
  receiver: { name: 'Eventkontoret', organisationNumber: '123456789' },
};

export const payment = (extra: Partial<PaymentInformation> = {}): PaymentInformation => ({
  status: 'Created',
  orderDetails: order,
  ...extra,
});
