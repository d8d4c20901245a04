import type { CallOptions, LanguageCallOptions } from './callOptions.ts';
import type { ClientContext } from './context.ts';
import { jsonOf } from './transport.ts';
import type { InstanceResponse, InstansiationInstance, SimpleInstance } from '../wire/index.ts';
import { instanceSegments } from './url.ts';

export interface InstantiateRequest {
  instanceOwner: { partyId: string | number };
  /** Data model paths to values for the first task's data, e.g. `{ 'melding.name': 'Ola' }`. */
  prefill?: Record<string, string | null>;
  /** `{partyId}/{guid}` of an archived instance of the same party to copy (`copyInstanceSettings`). */
  sourceInstanceId?: string;
  dueBefore?: string;
  visibleAfter?: string;
}

export type CopyInstanceRequest = Omit<InstantiateRequest, 'sourceInstanceId' | 'instanceOwner'>;

/** Starting a new instance, or continuing one the party left unfinished. */
export interface InstantiationMethods {
  /**
   * `POST instances/create?language=` with an `InstansiationInstance` (the party id sent as a string,
   * as the backend's strict JSON reader wants). Resolves with the new instance (201).
   */
  instantiate(request: InstantiateRequest, options?: LanguageCallOptions): Promise<InstanceResponse>;
  /**
   * `POST instances/create?language=` with `sourceInstanceId`: a new instance for the same party,
   * filled from an archived one. The app must enable `copyInstanceSettings`.
   */
  copyInstance(
    sourceInstanceId: string,
    request?: CopyInstanceRequest,
    options?: LanguageCallOptions,
  ): Promise<InstanceResponse>;
  /** `GET instances/{partyId}/active`: the party's unfinished instances, for "continue where you left off". */
  getActiveInstances(partyId: string | number, options?: CallOptions): Promise<SimpleInstance[]>;
}

export function instantiationMethods(context: ClientContext): InstantiationMethods {
  const create = async (request: InstantiateRequest, options: LanguageCallOptions) => {
    const body: InstansiationInstance = {
      instanceOwner: { partyId: String(request.instanceOwner.partyId) },
      ...(request.prefill && { prefill: request.prefill }),
      ...(request.sourceInstanceId !== undefined && { sourceInstanceId: request.sourceInstanceId }),
      ...(request.dueBefore !== undefined && { dueBefore: request.dueBefore }),
      ...(request.visibleAfter !== undefined && { visibleAfter: request.visibleAfter }),
    };
    const reply = await context.send({
      method: 'POST',
      segments: ['instances', 'create'],
      query: { language: context.language(options.language) },
      json: body,
      signal: options.signal,
      headers: options.headers,
    });
    return jsonOf<InstanceResponse>(reply);
  };

  return {
    instantiate(request, options = {}) {
      return create(request, options);
    },

    async copyInstance(sourceInstanceId, request = {}, options = {}) {
      // The copy belongs to the source's owner: the backend refuses a source of another party.
      const [, partyId] = instanceSegments(sourceInstanceId);
      return create({ ...request, instanceOwner: { partyId }, sourceInstanceId }, options);
    },

    async getActiveInstances(partyId, options = {}) {
      const reply = await context.send({
        method: 'GET',
        segments: ['instances', String(partyId), 'active'],
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },
  };
}
