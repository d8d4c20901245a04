import type { AttachmentService } from './attachments.ts';
import type { DataListService } from './dataLists.ts';
import type { ExternalApiService } from './externalApi.ts';
import type { LookupService } from './lookups.ts';
import type { OptionsService } from './options.ts';
import type { PaymentService } from './payment.ts';
import type { PdfPreviewService } from './pdfPreview.ts';
import type { SigningService } from './signing.ts';
import type { SubformEntryService } from './subformEntries.ts';
import type { TaskActionService } from './taskActions.ts';

/**
 * Everything form components need from a server, as one object: the Altinn app API behind a
 * connected form, or `createInMemoryFormServices` for standalone forms, stories and tests. Each
 * component needs only its own part, so an implementation can be assembled from separate services.
 */
export interface FormServices
  extends
    AttachmentService,
    DataListService,
    ExternalApiService,
    LookupService,
    OptionsService,
    PaymentService,
    PdfPreviewService,
    SigningService,
    SubformEntryService,
    TaskActionService {}
