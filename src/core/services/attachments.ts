import type { FileScanResult } from '../../wire/dataElement.ts';

export type { FileScanResult };

/** A file stored as an instance data element. */
export interface Attachment {
  id: string;
  dataType: string;
  filename: string;
  size: number;
  contentType: string;
  tags: string[];
  /** Where the file can be downloaded or previewed, if the backend offers that. */
  url?: string;
  /** The virus scan (`DataElement.fileScanResult`): absent when nothing scans, `Pending` until done. */
  fileScanResult?: FileScanResult;
}

/** A file to store. A DOM `File` is a `Blob`; its `name` and `type` go in `filename` and `contentType`. */
export interface AttachmentUpload {
  dataType: string;
  data: Blob;
  filename: string;
  contentType: string;
}

export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number;
  /** Bytes to send in all. */
  total: number;
}

export interface UploadOptions {
  /** Aborting rejects the upload with an `AbortError` and stores nothing. */
  signal?: AbortSignal;
  onProgress?(progress: UploadProgress): void;
}

/** Files attached to the instance (FileUpload, FileUploadWithTag, ImageUpload, AttachmentList). */
export interface AttachmentService {
  uploadAttachment(upload: AttachmentUpload, options?: UploadOptions): Promise<Attachment>;
  deleteAttachment(id: string): Promise<void>;
  /** The stored files of one data type, with their current scan results. */
  listAttachments(dataType: string): Promise<Attachment[]>;
  /** Replaces the tags of an attachment (FileUploadWithTag). */
  tagAttachment(id: string, tags: string[]): Promise<Attachment>;
  /**
   * Hears changes the form did not make itself, e.g. a virus scan that settled on the server, so
   * the upload components list their files again. Optional: without it a list is read once.
   */
  subscribeAttachments?(listener: () => void): () => void;
}
