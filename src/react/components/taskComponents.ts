import type { ComponentDefinition } from '../registry/types.ts';
import { withRenderer } from '../registry/withRenderer.ts';
import { Payment } from './Payment/Payment.tsx';
import { PaymentSummary } from './Payment/PaymentSummary.tsx';
import { PaymentDetails } from './PaymentDetails/PaymentDetails.tsx';
import { PDFPreviewButton } from './PDFPreviewButton/PDFPreviewButton.tsx';
import { SigneeList } from './SigneeList/SigneeList.tsx';
import { SigneeListSummary } from './SigneeList/SigneeListSummary.tsx';
import { SigningActions } from './SigningActions/SigningActions.tsx';
import { SigningDocumentList } from './SigningDocumentList/SigningDocumentList.tsx';
import { SigningDocumentListSummary } from './SigningDocumentList/SigningDocumentListSummary.tsx';
import './tasks.css';

/** Components of payment and signing tasks, which read their data from `FormServices`. */
export const taskComponents: readonly ComponentDefinition[] = [
  // An action (Pay, Back): its summary line offers the way back to it.
  withRenderer('Payment', Payment, { summary: PaymentSummary }),
  withRenderer('PaymentDetails', PaymentDetails),
  withRenderer('SigneeList', SigneeList, { summary: SigneeListSummary }),
  withRenderer('SigningDocumentList', SigningDocumentList, { summary: SigningDocumentListSummary }),
  withRenderer('SigningActions', SigningActions),
  withRenderer('PDFPreviewButton', PDFPreviewButton),
];
