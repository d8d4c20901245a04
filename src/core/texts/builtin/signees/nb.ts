/**
 * Built-in UI texts of signees and the documents to sign (SigneeList, SigningDocumentList), Norwegian Bokmål.
 * Loaded only by forms with one of those types (`../builtinTextsLoader.ts`); see `../nb.ts` for
 * what built-in texts are. `nn.ts` and `en.ts` have the same keys.
 */
export const nb: Record<string, string> = {
  'signee_list.caption': 'Signatarer',
  'signee_list.name': 'Navn',
  'signee_list.on_behalf_of': 'På vegne av',
  'signee_list.summary_on_behalf_of': 'På vegne av {0}',
  'signee_list.status': 'Status',
  'signee_list.status_signed': 'Signert',
  'signee_list.status_waiting': 'Venter på signering',
  'signee_list.status_delegation_failed': 'Fikk ikke tilgang til å signere',
  'signee_list.status_notification_failed': 'Varsel om signering kunne ikke sendes',
  'signee_list.empty': 'Ingen er bedt om å signere ennå.',
  'signee_list.load_failed': 'Vi fikk ikke hentet hvem som skal signere. Prøv igjen senere.',
  'signing_document_list.caption': 'Dokumenter som skal signeres',
  'signing_document_list.name': 'Dokument',
  'signing_document_list.type': 'Type',
  'signing_document_list.size': 'Størrelse',
  'signing_document_list.empty': 'Det er ingen dokumenter å signere.',
  'signing_document_list.load_failed': 'Vi fikk ikke hentet dokumentene. Prøv igjen senere.',
};
