/**
 * Built-in UI texts of signees and the documents to sign (SigneeList, SigningDocumentList), Norwegian Nynorsk.
 * Same keys as `nb.ts`.
 */
export const nn: Record<string, string> = {
  'signee_list.caption': 'Signatarar',
  'signee_list.name': 'Namn',
  'signee_list.on_behalf_of': 'På vegner av',
  'signee_list.summary_on_behalf_of': 'På vegner av {0}',
  'signee_list.status': 'Status',
  'signee_list.status_signed': 'Signert',
  'signee_list.status_waiting': 'Ventar på signering',
  'signee_list.status_delegation_failed': 'Fekk ikkje tilgang til å signere',
  'signee_list.status_notification_failed': 'Varsel om signering kunne ikkje sendast',
  'signee_list.empty': 'Ingen er bedne om å signere enno.',
  'signee_list.load_failed': 'Vi fekk ikkje henta kven som skal signere. Prøv igjen seinare.',
  'signing_document_list.caption': 'Dokument som skal signerast',
  'signing_document_list.name': 'Dokument',
  'signing_document_list.type': 'Type',
  'signing_document_list.size': 'Storleik',
  'signing_document_list.empty': 'Det er ingen dokument å signere.',
  'signing_document_list.load_failed': 'Vi fekk ikkje henta dokumenta. Prøv igjen seinare.',
};
