import type { Attachment, AttachmentService, FileScanResult } from './attachments.ts';

export interface InMemoryAttachmentSeed {
  attachments?: readonly Attachment[];
  /** The scan result uploaded files get; none by default (no scanning). */
  fileScanResult?: FileScanResult;
}

/**
 * Attachments kept in memory, with an object URL for previews where the platform has one. Uploads
 * report their whole size as progress once stored, and an aborted upload stores nothing.
 */
export function createInMemoryAttachments(seed: InMemoryAttachmentSeed = {}): AttachmentService {
  const attachments = new Map<string, Attachment>((seed.attachments ?? []).map((a) => [a.id, { ...a }]));
  let nextId = 1;
  const copy = (attachment: Attachment): Attachment => ({ ...attachment, tags: [...attachment.tags] });
  return {
    async uploadAttachment({ dataType, data, filename, contentType }, { signal, onProgress } = {}) {
      signal?.throwIfAborted();
      const attachment: Attachment = {
        id: `attachment-${nextId++}`,
        dataType,
        filename,
        size: data.size,
        contentType,
        tags: [],
        url: typeof URL.createObjectURL === 'function' ? URL.createObjectURL(data) : undefined,
      };
      if (seed.fileScanResult) attachment.fileScanResult = seed.fileScanResult;
      attachments.set(attachment.id, attachment);
      onProgress?.({ loaded: data.size, total: data.size });
      return copy(attachment);
    },
    async deleteAttachment(id) {
      const attachment = attachments.get(id);
      if (attachment?.url?.startsWith('blob:')) URL.revokeObjectURL(attachment.url);
      attachments.delete(id);
    },
    async listAttachments(dataType) {
      return [...attachments.values()].filter((a) => a.dataType === dataType).map(copy);
    },
    async tagAttachment(id, tags) {
      const attachment = attachments.get(id);
      if (!attachment) throw new Error(`No attachment ${id}`);
      attachment.tags = [...tags];
      return copy(attachment);
    },
  };
}
