import type { ProcessState } from './process.ts';

export interface InstanceOwner {
  /** A string on the wire even though it is numeric. */
  partyId: string;
  personNumber?: string | null;
  organisationNumber?: string | null;
  username?: string | null;
  externalIdentifier?: string | null;
  /** Present on instances returned by the app (not on those read straight from storage). */
  party?: Party | null;
}

export const PartyType = {
  Person: 1,
  Organisation: 2,
  SelfIdentified: 3,
  SubUnit: 4,
  BankruptcyEstate: 5,
} as const;

export type PartyType = (typeof PartyType)[keyof typeof PartyType];

export interface Party {
  partyId: number;
  partyUuid?: string | null;
  partyTypeName: PartyType;
  ssn?: string | null;
  orgNumber?: string | null;
  unitType?: string | null;
  name?: string | null;
  isDeleted?: boolean;
}

export const ReadStatus = { Unread: 0, Read: 1, UpdatedSinceLastReview: 2 } as const;

export type ReadStatus = (typeof ReadStatus)[keyof typeof ReadStatus];

export interface InstanceStatus {
  isArchived: boolean;
  archived?: string | null;
  isSoftDeleted: boolean;
  softDeleted?: string | null;
  isHardDeleted: boolean;
  hardDeleted?: string | null;
  readStatus: ReadStatus;
  substatus?: { label?: string | null; description?: string | null } | null;
}

export type FileScanResult = 'NotApplicable' | 'Pending' | 'Clean' | 'Infected';

export interface DataElement {
  id: string;
  instanceGuid: string;
  dataType: string;
  contentType: string;
  filename?: string | null;
  size?: number;
  /** A locked element belongs to a task the process has left; writes to it fail with 409. */
  locked: boolean;
  tags?: string[] | null;
  fileScanResult?: FileScanResult;
  selfLinks?: { apps?: string | null; platform?: string | null } | null;
  created?: string | null;
  createdBy?: string | null;
  lastChanged?: string | null;
  lastChangedBy?: string | null;
  [property: string]: unknown;
}

export interface Instance {
  /** `{instanceOwnerPartyId}/{instanceGuid}`: the form every instance method of the client takes. */
  id: string;
  appId: string;
  org: string;
  instanceOwner: InstanceOwner;
  /** The storage view of the process, without user actions; use `getProcess` for those. */
  process?: ProcessState | null;
  status?: InstanceStatus | null;
  data: DataElement[];
  dueBefore?: string | null;
  visibleAfter?: string | null;
  presentationTexts?: Record<string, string> | null;
  dataValues?: Record<string, string> | null;
  created?: string | null;
  createdBy?: string | null;
  lastChanged?: string | null;
  lastChangedBy?: string | null;
  [property: string]: unknown;
}
