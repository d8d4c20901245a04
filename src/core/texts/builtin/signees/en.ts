/**
 * Built-in UI texts of signees and the documents to sign (SigneeList, SigningDocumentList), English.
 * Same keys as `nb.ts`.
 */
export const en: Record<string, string> = {
  'signee_list.caption': 'Signees',
  'signee_list.name': 'Name',
  'signee_list.on_behalf_of': 'On behalf of',
  'signee_list.summary_on_behalf_of': 'On behalf of {0}',
  'signee_list.status': 'Status',
  'signee_list.status_signed': 'Signed',
  'signee_list.status_waiting': 'Waiting for signature',
  'signee_list.status_delegation_failed': 'Could not be given access to sign',
  'signee_list.status_notification_failed': 'The signing notice could not be sent',
  'signee_list.empty': 'Nobody has been asked to sign yet.',
  'signee_list.load_failed': 'We could not load who is to sign. Please try again later.',
  'signing_document_list.caption': 'Documents to sign',
  'signing_document_list.name': 'Document',
  'signing_document_list.type': 'Type',
  'signing_document_list.size': 'Size',
  'signing_document_list.empty': 'There are no documents to sign.',
  'signing_document_list.load_failed': 'We could not load the documents. Please try again later.',
};
