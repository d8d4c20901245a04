import type { ComponentDefinition } from '../registry/types.ts';
import { withLazyRenderer } from '../registry/withLazyRenderer.ts';
import './tasks.css';

/** Components of payment and signing tasks, which read their data from `FormServices`. */
export const taskComponents: readonly ComponentDefinition[] = [
  // An action (Pay, Back): its summary line offers the way back to it.
  withLazyRenderer(
    'Payment',
    () =>
      Promise.all([import('./Payment/Payment.tsx'), import('./Payment/PaymentSummary.tsx')]).then(([r, s]) => ({
        render: r.Payment,
        summary: s.PaymentSummary,
      })),
    { hasSummary: true },
  ),
  withLazyRenderer('PaymentDetails', () =>
    import('./PaymentDetails/PaymentDetails.tsx').then((m) => ({ render: m.PaymentDetails })),
  ),
  withLazyRenderer(
    'SigneeList',
    () =>
      Promise.all([import('./SigneeList/SigneeList.tsx'), import('./SigneeList/SigneeListSummary.tsx')]).then(
        ([r, s]) => ({
          render: r.SigneeList,
          summary: s.SigneeListSummary,
        }),
      ),
    { hasSummary: true },
  ),
  withLazyRenderer(
    'SigningDocumentList',
    () =>
      Promise.all([
        import('./SigningDocumentList/SigningDocumentList.tsx'),
        import('./SigningDocumentList/SigningDocumentListSummary.tsx'),
      ]).then(([r, s]) => ({
        render: r.SigningDocumentList,
        summary: s.SigningDocumentListSummary,
      })),
    { hasSummary: true },
  ),
  withLazyRenderer('SigningActions', () =>
    import('./SigningActions/SigningActions.tsx').then((m) => ({ render: m.SigningActions })),
  ),
  withLazyRenderer('PDFPreviewButton', () =>
    import('./PDFPreviewButton/PDFPreviewButton.tsx').then((m) => ({ render: m.PDFPreviewButton })),
  ),
];
