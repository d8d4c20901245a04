import type { LanguageCallOptions } from './callOptions.ts';
import type { ClientContext } from './context.ts';
import { jsonOf } from './transport.ts';
import type {
  DataPatchRequest,
  DataPatchRequestMultiple,
  DataPatchResponse,
  DataPatchResponseMultiple,
} from '../wire/index.ts';
import { instanceSegments } from './url.ts';

export interface GetDataElementOptions extends LanguageCallOptions {
  /**
   * Adds an `altinnRowId` to every object in an array, so that rows can be diffed by identity.
   * On by default because a form that patches data needs it.
   */
  includeRowId?: boolean;
}

/**
 * Form data of an instance. A failed `test` operation rejects with 409 and a failed other
 * operation with 422; both `AppApiError` bodies carry `previousModel` (the server's current model).
 */
export interface FormDataMethods {
  /** `GET instances/{instanceId}/data/{dataElementId}?includeRowId=true&language=` */
  getDataElement(instanceId: string, dataElementId: string, options?: GetDataElementOptions): Promise<unknown>;
  /** `PATCH instances/{instanceId}/data/{dataElementId}?language=` with `{ patch, ignoredValidators }`. */
  patchData(
    instanceId: string,
    dataElementId: string,
    request: DataPatchRequest,
    options?: LanguageCallOptions,
  ): Promise<DataPatchResponse>;
  /** `PATCH instances/{instanceId}/data?language=` with `{ patches, ignoredValidators }`: several models at once. */
  patchDataMultiple(
    instanceId: string,
    request: DataPatchRequestMultiple,
    options?: LanguageCallOptions,
  ): Promise<DataPatchResponseMultiple>;
}

export function formDataMethods(context: ClientContext): FormDataMethods {
  const { send } = context;

  return {
    async getDataElement(instanceId, dataElementId, options = {}) {
      const reply = await send({
        method: 'GET',
        segments: [...instanceSegments(instanceId), 'data', dataElementId],
        query: { includeRowId: options.includeRowId ?? true, language: context.language(options.language) },
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },

    async patchData(instanceId, dataElementId, request, options = {}) {
      const reply = await send({
        method: 'PATCH',
        segments: [...instanceSegments(instanceId), 'data', dataElementId],
        query: { language: context.language(options.language) },
        json: request,
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },

    async patchDataMultiple(instanceId, request, options = {}) {
      const reply = await send({
        method: 'PATCH',
        segments: [...instanceSegments(instanceId), 'data'],
        query: { language: context.language(options.language) },
        json: request,
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },
  };
}
