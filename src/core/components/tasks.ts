import type { ComponentTypeDefinition } from './definition.ts';

/** Components of payment and signing tasks, whose data lives in the app's services, not the form data. */
export const taskTypes: readonly ComponentTypeDefinition[] = [
  // An action (Pay, Back): its summary line offers the way back to it.
  { type: 'Payment', category: 'action' },
  { type: 'PaymentDetails', category: 'presentation' },
  { type: 'SigneeList', category: 'presentation' },
  { type: 'SigningDocumentList', category: 'presentation' },
  { type: 'SigningActions', category: 'action' },
  { type: 'PDFPreviewButton', category: 'action' },
];
