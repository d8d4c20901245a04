/** One line of a payment order. Prices are in the order's currency, per unit. */
export interface OrderLine {
  id: string;
  /** The text shown for the line: a text resource key or plain text. */
  name: string;
  quantity: number;
  priceExVat: number;
  vatPercent: number;
}

/** What the user is asked to pay, as the app's order calculator worked it out. */
export interface OrderDetails {
  /** ISO 4217 code, e.g. `NOK`. */
  currency: string;
  orderLines: OrderLine[];
  totalPriceExVat: number;
  totalVat: number;
  totalPriceIncVat: number;
  receiver?: { name: string; organisationNumber?: string };
}

export type PaymentStatus = 'Uninitialized' | 'Created' | 'Paid' | 'Failed' | 'Skipped';

/** The payment of a payment task: the order and how far the payment has come. */
export interface PaymentInformation {
  status: PaymentStatus;
  orderDetails: OrderDetails;
  /** The payment provider's reference, once a payment was started. */
  paymentId?: string;
  /** ISO date-time the payment was charged. */
  paidAt?: string;
}

export interface PaymentStart {
  /** The payment provider's page to send the user to; absent when the payment completed at once. */
  redirectUrl?: string;
}

export interface OrderDetailsQuery {
  language: string;
  /** PaymentDetails `mapping`: query parameter → current value of the mapped data-model field. */
  mapping?: Readonly<Record<string, string>>;
}

/** The order (PaymentDetails) and the payment of a payment task (Payment). */
export interface PaymentService {
  /** The order as it stands for the current data; `null` when there is nothing to pay. */
  fetchOrderDetails(query: OrderDetailsQuery): Promise<OrderDetails | null>;
  /** The payment of the current task; `null` when the instance has none. */
  fetchPayment(language: string): Promise<PaymentInformation | null>;
  startPayment(language: string): Promise<PaymentStart>;
}
