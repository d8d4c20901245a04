export type {
  Attachment,
  AttachmentService,
  AttachmentUpload,
  FileScanResult,
  UploadOptions,
  UploadProgress,
} from './attachments.ts';
export type { DataListPage, DataListQuery, DataListService } from './dataLists.ts';
export type { ExternalApiService } from './externalApi.ts';
export type { FormServices } from './formServices.ts';
export type { LookupService, OrganisationLookupResult, PersonLookupResult } from './lookups.ts';
export type { FetchedOptions, OptionsQuery, OptionsService } from './options.ts';
export type {
  OrderDetails,
  OrderDetailsQuery,
  OrderLine,
  PaymentInformation,
  PaymentService,
  PaymentStart,
  PaymentStatus,
} from './payment.ts';
export type { PdfPreviewService } from './pdfPreview.ts';
export type {
  Signee,
  SigneeStatus,
  SigningDocument,
  SigningOrganisation,
  SigningService,
  SigningUser,
} from './signing.ts';
export type { SubformEntry, SubformEntryScope, SubformEntryService } from './subformEntries.ts';
export type { ActionResult, TaskAction, TaskActionOptions, TaskActionService } from './taskActions.ts';
export { attachmentOf, attachmentServiceOf, type DataElementAttachments } from './dataElementAttachments.ts';
export { createInMemoryAttachments, type InMemoryAttachmentSeed } from './inMemoryAttachments.ts';
export { createInMemoryFormServices, type InMemorySeed } from './inMemoryFormServices.ts';
export { createInMemorySubformEntries, type InMemorySubformSeed } from './inMemorySubformEntries.ts';
export { createInMemoryTasks, type InMemoryTaskSeed } from './inMemoryTasks.ts';
