import type { DataElement } from '../../wire/dataElement.ts';
import type { Attachment, AttachmentService } from './attachments.ts';

/**
 * An instance's attachments as data elements: the shape of the connected layer's
 * `ConnectedInstance.attachments`, which keeps the list current (uploads, deletes, scan results).
 */
export interface DataElementAttachments {
  list(): readonly DataElement[];
  upload(dataType: string, file: Blob, filename: string): Promise<DataElement>;
  delete(dataElementId: string): Promise<void>;
  setTags(dataElementId: string, tags: string[]): Promise<DataElement>;
}

/** A data element as the upload components show it; the file is downloaded from the app's link. */
export function attachmentOf(element: DataElement): Attachment {
  const attachment: Attachment = {
    id: element.id,
    dataType: element.dataType,
    filename: element.filename ?? element.id,
    size: element.size ?? 0,
    contentType: element.contentType,
    tags: [...(element.tags ?? [])],
  };
  if (element.selfLinks?.apps) attachment.url = element.selfLinks.apps;
  if (element.fileScanResult) attachment.fileScanResult = element.fileScanResult;
  return attachment;
}

/**
 * The upload components' `AttachmentService` over an instance's data elements. The backend call
 * cannot be interrupted, so an upload aborted while it runs is deleted again once stored: the
 * caller's "nothing stored" holds either way. Progress is reported once, when the file is stored.
 */
export function attachmentServiceOf(
  elements: DataElementAttachments,
  /** Hears the instance change (the connected instance's `instanceChanged`), e.g. a settled scan. */
  subscribe?: (listener: () => void) => () => void,
): AttachmentService {
  return {
    ...(subscribe && { subscribeAttachments: subscribe }),
    async uploadAttachment({ dataType, data, filename, contentType }, { signal, onProgress } = {}) {
      signal?.throwIfAborted();
      const file = data.type === contentType ? data : new Blob([data], { type: contentType });
      const element = await elements.upload(dataType, file, filename);
      if (signal?.aborted) {
        await elements.delete(element.id);
        signal.throwIfAborted();
      }
      onProgress?.({ loaded: data.size, total: data.size });
      return attachmentOf(element);
    },
    async deleteAttachment(id) {
      await elements.delete(id);
    },
    async listAttachments(dataType) {
      return elements
        .list()
        .filter((element) => element.dataType === dataType)
        .map(attachmentOf);
    },
    async tagAttachment(id, tags) {
      return attachmentOf(await elements.setTags(id, tags));
    },
  };
}
