import type { AppClient, CallOptions, LanguageCallOptions } from '../client/index.ts';
import type {
  DataDeleteResponse,
  DataPostResponse,
  InstanceResponse,
  Party,
  SetTagsResponse,
  SimpleInstance,
  UserProfile,
} from '../wire/index.ts';

export type { UserProfile };

/** Writes that validate afterwards when `ignoredValidators` is given (even empty). */
export interface DataWriteOptions extends LanguageCallOptions {
  ignoredValidators?: string[];
}
/** `GET instances/{partyId}/active`: one unfinished instance of the party. */
export type ActiveInstance = SimpleInstance;

/**
 * The calls the connected layer makes. `AppClient` from `skjema/client` provides them; tests give
 * a scripted object instead. Kept as its own port so the layer states exactly what it needs.
 */
export interface ConnectedClient extends Pick<
  AppClient,
  | 'getApplicationMetadata'
  | 'getApplicationSettings'
  | 'getLayoutSets'
  | 'getLayouts'
  | 'getLayoutSettings'
  | 'getTexts'
  | 'getJsonSchema'
  | 'getValidationConfig'
  | 'getOptions'
  | 'getApplicationLanguages'
  | 'createInstance'
  | 'copyInstance'
  | 'getInstance'
  | 'getProcess'
  | 'processNext'
  | 'validateInstance'
  | 'getDataElement'
  | 'patchDataMultiple'
  | 'getStatelessData'
  | 'postStatelessData'
> {
  getUserProfile(options?: CallOptions): Promise<UserProfile>;
  /** `GET api/v1/parties?allowedToInstantiateFilter=true`. */
  getParties(options?: CallOptions & { allowedToInstantiateFilter?: boolean }): Promise<Party[]>;
  /** `GET api/authorization/parties/current?returnPartyObject=true`. */
  getCurrentParty(options?: CallOptions): Promise<Party>;
  /** `PUT api/v1/parties/{partyId}`. */
  setSelectedParty(partyId: string | number, options?: CallOptions): Promise<void>;
  getActiveInstances(partyId: string | number, options?: CallOptions): Promise<SimpleInstance[]>;
  /** `POST instances/create` with `{ instanceOwner: { partyId }, prefill }`. */
  instantiate(
    request: { instanceOwner: { partyId: string | number }; prefill?: Record<string, string | null> },
    options?: LanguageCallOptions,
  ): Promise<InstanceResponse>;
  /** `POST data/{dataType}` with the file as the body. */
  uploadAttachment(
    instanceId: string,
    dataType: string,
    file: Blob,
    options: DataWriteOptions & { filename: string; contentType?: string },
  ): Promise<DataPostResponse>;
  /** `DELETE data/{dataElementId}`. */
  deleteDataElement(instanceId: string, dataElementId: string, options?: DataWriteOptions): Promise<DataDeleteResponse>;
  /** `PUT data/{dataElementId}/tags`: replaces every tag. */
  setTags(
    instanceId: string,
    dataElementId: string,
    tags: string[],
    options?: DataWriteOptions,
  ): Promise<SetTagsResponse>;
}
