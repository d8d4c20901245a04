import type { ComponentDefinition } from '../registry/types.ts';
import { Payment } from './Payment/Payment.tsx';
import { PaymentDetails } from './PaymentDetails/PaymentDetails.tsx';
import { PDFPreviewButton } from './PDFPreviewButton/PDFPreviewButton.tsx';
import { SigneeList } from './SigneeList/SigneeList.tsx';
import { SigningActions } from './SigningActions/SigningActions.tsx';
import { SigningDocumentList } from './SigningDocumentList/SigningDocumentList.tsx';
import './tasks.css';

/** Components of payment and signing tasks, which read their data from `FormServices`. */
export const taskComponents: readonly ComponentDefinition[] = [
  { type: 'Payment', render: Payment, category: 'presentation' },
  { type: 'PaymentDetails', render: PaymentDetails, category: 'presentation' },
  { type: 'SigneeList', render: SigneeList, category: 'presentation' },
  { type: 'SigningDocumentList', render: SigningDocumentList, category: 'presentation' },
  { type: 'SigningActions', render: SigningActions, category: 'action' },
  { type: 'PDFPreviewButton', render: PDFPreviewButton, category: 'action' },
];
