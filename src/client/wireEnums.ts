import type {
  PartyType as WirePartyType,
  ReadStatus as WireReadStatus,
  ValidationIssueSeverity as WireSeverity,
} from '../wire/index.ts';

// The backend writes these enums as numbers, so the names live here for readability at the call site.

export const ValidationIssueSeverity = {
  Unspecified: 0,
  Error: 1,
  Warning: 2,
  Informational: 3,
  /** Obsolete on the backend; kept so that old apps' responses still type-check. */
  Fixed: 4,
  Success: 5,
} as const satisfies Record<string, WireSeverity>;

export type ValidationIssueSeverity = WireSeverity;

export const PartyType = {
  Person: 1,
  Organisation: 2,
  SelfIdentified: 3,
  SubUnit: 4,
  BankruptcyEstate: 5,
} as const satisfies Record<string, WirePartyType>;

export type PartyType = WirePartyType;

export const ReadStatus = { Unread: 0, Read: 1, UpdatedSinceLastReview: 2 } as const satisfies Record<
  string,
  WireReadStatus
>;

export type ReadStatus = WireReadStatus;
