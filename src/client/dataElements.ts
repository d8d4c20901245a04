import type { CallOptions, LanguageCallOptions } from './callOptions.ts';
import { attachmentDisposition, filenameOf } from './contentDisposition.ts';
import type { ClientContext } from './context.ts';
import { jsonOf } from './transport.ts';
import type { DataDeleteResponse, DataPostResponse, InstanceFileScanResult } from '../wire/index.ts';
import { instanceSegments } from './url.ts';

export interface DataWriteOptions extends LanguageCallOptions {
  /**
   * Run incremental validation after the write, skipping these sources. Without it the backend does
   * not validate (and the response's `validationIssues` is empty); `[]` runs every validator.
   */
  ignoredValidators?: string[];
}

export interface UploadAttachmentOptions extends DataWriteOptions {
  /** The name the file gets in the instance; it needs an extension matching the content type. */
  filename: string;
  /** Defaults to the Blob's own type, else `application/octet-stream`. */
  contentType?: string;
  /**
   * Progress from 0 to 1. `fetch` cannot report upload progress, so this is called with 0 when the
   * upload starts and with 1 when the server has accepted it; never in between.
   */
  onProgress?: (fraction: number) => void;
}

export interface DataElementFile {
  blob: Blob;
  /** From the `Content-Disposition` header; null when the server sent none. */
  filename: string | null;
  contentType: string | null;
}

export type DeleteDataElementOptions = DataWriteOptions;

/** Files and data elements of an instance, beyond the form data it patches. */
export interface DataElementMethods {
  /**
   * `POST instances/{instanceId}/data/{dataType}?language=&ignoredValidators=` with the file as the raw
   * body, `Content-Type` and `Content-Disposition: attachment; filename=<percent-encoded name>`. A file
   * the validators refuse rejects with a 400 `AppApiError` whose `uploadValidationIssues` says why.
   */
  uploadAttachment(
    instanceId: string,
    dataType: string,
    file: Blob,
    options: UploadAttachmentOptions,
  ): Promise<DataPostResponse>;
  /**
   * `POST instances/{instanceId}/data/{dataType}?language=` with a JSON model, or with no body for the
   * data type's default model: a new form-data element (a sub-form entry, for instance).
   */
  createDataElement(
    instanceId: string,
    dataType: string,
    model?: unknown,
    options?: DataWriteOptions,
  ): Promise<DataPostResponse>;
  /** `GET instances/{instanceId}/data/{dataElementId}`: a file as it was uploaded. */
  getDataElementBinary(instanceId: string, dataElementId: string, options?: CallOptions): Promise<DataElementFile>;
  /** `DELETE instances/{instanceId}/data/{dataElementId}?language=&ignoredValidators=` */
  deleteDataElement(
    instanceId: string,
    dataElementId: string,
    options?: DeleteDataElementOptions,
  ): Promise<DataDeleteResponse>;
  /** `GET instances/{instanceId}/filescanresult`: poll it while a file's scan is `Pending`. */
  getFileScanResult(instanceId: string, options?: CallOptions): Promise<InstanceFileScanResult>;
}

export function dataElementMethods(context: ClientContext): DataElementMethods {
  const { send } = context;
  const writeQuery = (options: DataWriteOptions) => ({
    language: context.language(options.language),
    // The backend takes one comma-separated value; its presence (even empty) turns validation on.
    ignoredValidators: options.ignoredValidators?.join(','),
  });

  return {
    async uploadAttachment(instanceId, dataType, file, options) {
      const headers = new Headers(options.headers);
      headers.set('Content-Type', options.contentType || file.type || 'application/octet-stream');
      headers.set('Content-Disposition', attachmentDisposition(options.filename));
      options.onProgress?.(0);
      const reply = await send({
        method: 'POST',
        segments: [...instanceSegments(instanceId), 'data', dataType],
        query: writeQuery(options),
        raw: file,
        signal: options.signal,
        headers,
      });
      const result = jsonOf<DataPostResponse>(reply);
      options.onProgress?.(1);
      return result;
    },

    async createDataElement(instanceId, dataType, model, options = {}) {
      const headers = new Headers(options.headers);
      // Without a body the backend creates the default model, but it still wants to know the format.
      if (model === undefined) headers.set('Content-Type', 'application/json');
      const reply = await send({
        method: 'POST',
        segments: [...instanceSegments(instanceId), 'data', dataType],
        query: writeQuery(options),
        json: model,
        signal: options.signal,
        headers,
      });
      return jsonOf(reply);
    },

    async getDataElementBinary(instanceId, dataElementId, options = {}) {
      const headers = new Headers(options.headers);
      headers.set('Accept', '*/*');
      const reply = await send({
        method: 'GET',
        segments: [...instanceSegments(instanceId), 'data', dataElementId],
        binary: true,
        signal: options.signal,
        headers,
      });
      const blob = reply.blob ?? new Blob([]);
      return {
        blob,
        filename: filenameOf(reply.response.headers.get('Content-Disposition')),
        contentType: reply.response.headers.get('Content-Type') || blob.type || null,
      };
    },

    async deleteDataElement(instanceId, dataElementId, options = {}) {
      const reply = await send({
        method: 'DELETE',
        segments: [...instanceSegments(instanceId), 'data', dataElementId],
        query: writeQuery(options),
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },

    async getFileScanResult(instanceId, options = {}) {
      const reply = await send({
        method: 'GET',
        segments: [...instanceSegments(instanceId), 'filescanresult'],
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },
  };
}
