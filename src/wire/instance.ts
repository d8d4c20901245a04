import type { DataElement, ResourceLinks } from './dataElement.ts';
import type { PartyResponse } from './party.ts';
import type { ProcessState } from './process.ts';

export interface InstanceOwner {
  /** A string on the wire even though it is numeric. */
  partyId: string;
  personNumber?: string | null;
  organisationNumber?: string | null;
  username?: string | null;
  externalIdentifier?: string | null;
  /**
   * Present on the instances the instance routes return (`InstanceResponse`); absent on the storage
   * instance inside data, tag and action responses.
   */
  party?: PartyResponse | null;
}

/** 0 unread, 1 read, 2 updated since last review; a number on the wire. */
export type ReadStatus = 0 | 1 | 2;

export interface Substatus {
  label?: string | null;
  description?: string | null;
}

export interface InstanceStatus {
  isArchived: boolean;
  archived?: string | null;
  isSoftDeleted: boolean;
  softDeleted?: string | null;
  isHardDeleted: boolean;
  hardDeleted?: string | null;
  readStatus: ReadStatus;
  substatus?: Substatus | null;
}

export interface CompleteConfirmation {
  stakeholderId?: string | null;
  confirmedOn: string;
}

/** One submission of an app: its owner, process state and data elements. */
export interface Instance {
  /** `{instanceOwnerPartyId}/{instanceGuid}`. */
  id: string;
  /** `org/app`. */
  appId: string;
  org: string;
  instanceOwner: InstanceOwner;
  selfLinks?: ResourceLinks | null;
  /** The storage view of the process, without user actions; `GET process` has those. */
  process?: ProcessState | null;
  status?: InstanceStatus | null;
  completeConfirmations?: CompleteConfirmation[] | null;
  data: DataElement[];
  dueBefore?: string | null;
  visibleAfter?: string | null;
  presentationTexts?: Record<string, string | null> | null;
  dataValues?: Record<string, string | null> | null;
  created?: string | null;
  createdBy?: string | null;
  lastChanged?: string | null;
  lastChangedBy?: string | null;
  [property: string]: unknown;
}

/** An instance as the app returns it: the owner's party is always filled in. */
export interface InstanceResponse extends Instance {
  instanceOwner: InstanceOwner & { party: PartyResponse };
}

/** An unfinished instance of a party (`GET instances/{partyId}/active`). */
export interface SimpleInstance {
  id: string;
  presentationTexts?: Record<string, string> | null;
  dueBefore?: string | null;
  lastChanged?: string | null;
  /** The full name of the user who last changed it. */
  lastChangedBy?: string | null;
}

/** Body of `POST instances/create`: a new instance, prefilled or copied from an archived one. */
export interface InstansiationInstance {
  instanceOwner: Partial<Omit<InstanceOwner, 'party'>>;
  dueBefore?: string | null;
  visibleAfter?: string | null;
  /** Data model paths to string values, applied when the first task's data is created. */
  prefill?: Record<string, string | null> | null;
  /** `{partyId}/{guid}` of an archived instance of the same party to copy. */
  sourceInstanceId?: string | null;
}
