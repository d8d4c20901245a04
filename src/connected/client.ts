import type { AppClient, DataElement, Instance, Party, ValidationSourcePair } from '../client/index.ts';

/** `GET api/v1/profile/user`, the fields the entry decision reads. */
export interface UserProfile {
  userId: number;
  userName?: string | null;
  partyId?: number;
  party?: Party | null;
  profileSettingPreference?: { language?: string | null; doNotPromptForParty?: boolean } | null;
  [property: string]: unknown;
}

/** `GET instances/{partyId}/active`: one unfinished instance of the party. */
export interface ActiveInstance {
  id: string;
  presentationTexts?: Record<string, string> | null;
  dueBefore?: string | null;
  lastChanged?: string | null;
  lastChangedBy?: string | null;
}

/** `POST data/{dataType}` (the new attachments API). */
export interface DataPostResult {
  newDataElementId: string;
  instance: Instance;
  validationIssues?: ValidationSourcePair[];
}

/** `PUT data/{id}/tags`. */
export interface SetTagsResult {
  tags: string[];
  validationIssues?: ValidationSourcePair[];
}

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
  | 'createInstance'
  | 'getInstance'
  | 'getProcess'
  | 'processNext'
  | 'validateInstance'
  | 'getDataElement'
  | 'patchDataMultiple'
  | 'getStatelessData'
  | 'postStatelessData'
> {
  getUserProfile(): Promise<UserProfile>;
  /** `GET api/v1/parties?allowedToInstantiateFilter=true`. */
  getPartiesAllowedToInstantiate(): Promise<Party[]>;
  /** `GET api/authorization/parties/current?returnPartyObject=true`. */
  getCurrentParty(): Promise<Party>;
  /** `PUT api/v1/parties/{partyId}`. */
  setCurrentParty(partyId: number): Promise<void>;
  getActiveInstances(partyId: number): Promise<ActiveInstance[]>;
  /** `POST instances/create` with `{ instanceOwner: { partyId }, prefill }`. */
  createInstanceWithPrefill(partyId: number, prefill: Record<string, string>): Promise<Instance>;
  uploadAttachment(instanceId: string, dataType: string, file: Blob, filename: string): Promise<DataPostResult>;
  deleteDataElement(instanceId: string, dataElementId: string): Promise<unknown>;
  setDataElementTags(instanceId: string, dataElementId: string, tags: string[]): Promise<SetTagsResult>;
}

export type { DataElement };
