import type { ComponentDefinition } from '../registry/types.ts';
import { Payment } from './Payment/Payment.tsx';
import { PaymentDetails } from './PaymentDetails/PaymentDetails.tsx';
import './tasks.css';

/** Components of payment and signing tasks, which read their data from `FormServices`. */
export const taskComponents: readonly ComponentDefinition[] = [
  { type: 'Payment', render: Payment, category: 'presentation' },
  { type: 'PaymentDetails', render: PaymentDetails, category: 'presentation' },
];
