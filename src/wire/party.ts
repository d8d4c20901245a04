/** 1 person, 2 organisation, 3 self-identified, 4 sub-unit, 5 bankruptcy estate; a number on the wire. */
export type PartyType = 1 | 2 | 3 | 4 | 5;

/** A person as register describes it. */
export interface Person {
  ssn?: string | null;
  name?: string | null;
  firstName?: string | null;
  middleName?: string | null;
  lastName?: string | null;
  telephoneNumber?: string | null;
  mobileNumber?: string | null;
  mailingAddress?: string | null;
  mailingPostalCode?: string | null;
  mailingPostalCity?: string | null;
  addressMunicipalNumber?: string | null;
  addressMunicipalName?: string | null;
  addressStreetName?: string | null;
  addressHouseNumber?: string | null;
  addressHouseLetter?: string | null;
  addressPostalCode?: string | null;
  addressCity?: string | null;
  dateOfDeath?: string | null;
}

/** An organisation as register describes it. */
export interface Organization {
  orgNumber?: string | null;
  name?: string | null;
  unitType?: string | null;
  telephoneNumber?: string | null;
  mobileNumber?: string | null;
  faxNumber?: string | null;
  eMailAddress?: string | null;
  internetAddress?: string | null;
  mailingAddress?: string | null;
  mailingPostalCode?: string | null;
  mailingPostalCity?: string | null;
  businessAddress?: string | null;
  businessPostalCode?: string | null;
  businessPostalCity?: string | null;
  unitStatus?: string | null;
}

/** A party the user may act for (`api/v1/parties`, `api/authorization/parties/current`). */
export interface Party {
  partyId: number;
  partyUuid?: string | null;
  partyTypeName: PartyType;
  orgNumber?: string | null;
  ssn?: string | null;
  unitType?: string | null;
  name?: string | null;
  isDeleted?: boolean;
  onlyHierarchyElementWithNoAccess?: boolean;
  person?: Person | null;
  organization?: Organization | null;
  /** Sub-units of an organisation the user may also act for. */
  childParties?: Party[] | null;
}

/** The party of an instance owner, as the app adds it to `InstanceResponse.instanceOwner.party`. */
export interface PartyResponse {
  partyId: number;
  partyUuid?: string | null;
  partyTypeName: PartyType;
  ssn?: string | null;
  orgNumber?: string | null;
  unitType?: string | null;
  name?: string | null;
  isDeleted?: boolean;
}
