import type { Party as WireParty } from '../../wire/index.ts';
import { findOrg, findPerson, fullName, type TestUsers } from './users.ts';

/** `partyTypeName` on the wire: 1 person, 2 organisation (subunits too), 3 self-identified. */
export type PartyTypeName = 1 | 2 | 3;

/** The register party of app-api §3 / platform §1.5 (`GET api/v1/parties`). */
export interface Party extends WireParty {
  partyId: number;
  partyUuid: string;
  partyTypeName: PartyTypeName;
  orgNumber: string | null;
  ssn: string | null;
  unitType: string | null;
  name: string;
  isDeleted: boolean;
  onlyHierarchyElementWithNoAccess: boolean;
  childParties: Party[] | null;
}

/** `partyTypesAllowed` of applicationmetadata.json. */
export interface PartyTypesAllowed {
  readonly bankruptcyEstate?: boolean;
  readonly organisation?: boolean;
  readonly person?: boolean;
  readonly subUnit?: boolean;
}

export interface PartyListOptions {
  /** Keep only parties the app lets instantiate (`?allowedToInstantiateFilter=true`). */
  readonly allowedToInstantiateFilter: boolean;
  readonly partyTypesAllowed?: PartyTypesAllowed;
}

/**
 * SSNs in party lists show the birth date only. The reference masks them in what the app returns;
 * the exact mask is not visible in its sources, so this one is the preview's choice.
 */
export function maskSsn(ssn: string): string {
  return ssn.length > 6 ? ssn.slice(0, 6) + '*'.repeat(ssn.length - 6) : ssn;
}

/** The party with this id, with its SSN in full or masked; undefined when the test data has no such party. */
export function partyById(users: TestUsers, partyId: number, options: { maskSsn?: boolean } = {}): Party | undefined {
  const organisation = findOrg(users, partyId);
  if (organisation) {
    return {
      partyId,
      partyUuid: organisation.partyUuid,
      partyTypeName: 2,
      orgNumber: organisation.orgNumber,
      ssn: null,
      unitType: organisation.unitType,
      name: organisation.name,
      isDeleted: false,
      onlyHierarchyElementWithNoAccess: false,
      childParties: null,
    };
  }
  const owner = users.persons.find((candidate) => candidate.partyId === partyId);
  if (!owner) return undefined;
  const ssn = owner.ssn && options.maskSsn ? maskSsn(owner.ssn) : owner.ssn;
  return {
    partyId,
    partyUuid: owner.partyUuid,
    partyTypeName: owner.ssn === null ? 3 : 1,
    orgNumber: null,
    ssn,
    unitType: null,
    name: fullName(owner),
    isDeleted: false,
    onlyHierarchyElementWithNoAccess: false,
    childParties: null,
  };
}

/** The roles `userId` holds for `partyId`; empty when none or when the user cannot act for the party. */
export function rolesFor(users: TestUsers, userId: number, partyId: number): readonly string[] {
  return users.roles.get(userId)?.get(partyId) ?? [];
}

/** Whether the user may act for the party (their own, or one listed for them, subunits included). */
export function canRepresent(users: TestUsers, userId: number, partyId: number): boolean {
  if (findPerson(users, userId)?.partyId === partyId) return true;
  return users.roles.get(userId)?.has(partyId) ?? false;
}

/** Platform §1.6: what `partyTypesAllowed` says about one party. All flags off allows everything. */
export function isPartyTypeAllowed(party: Party, allowed: PartyTypesAllowed | undefined): boolean {
  const { bankruptcyEstate = false, organisation = false, person = false, subUnit = false } = allowed ?? {};
  if (!bankruptcyEstate && !organisation && !person && !subUnit) return true;
  if (party.partyTypeName === 1 || party.partyTypeName === 3) return person;
  if (party.unitType === 'BEDR' || party.unitType === 'AAFY') return subUnit;
  if (party.unitType === 'KBO' && bankruptcyEstate) return true;
  return organisation;
}

/**
 * The party list of `GET api/v1/parties` (platform §1.6): the user's own party first, then the
 * parties they act for, subunits nested under their main unit when the user has both. With the
 * filter on, a main unit that is not allowed but has allowed subunits stays, marked
 * `onlyHierarchyElementWithNoAccess`.
 */
export function partiesFor(users: TestUsers, userId: number, options: PartyListOptions): Party[] {
  const self = findPerson(users, userId);
  if (!self) return [];
  const ids = [self.partyId, ...(users.roles.get(userId)?.keys() ?? [])].filter(
    (id, index, all) => all.indexOf(id) === index,
  );
  const parties = ids.flatMap((id) => partyById(users, id, { maskSsn: true }) ?? []);
  const parentOf = (party: Party) => findOrg(users, party.partyId)?.parentPartyId ?? null;
  const topLevel = parties.filter((party) => {
    const parent = parentOf(party);
    return parent === null || !ids.includes(parent);
  });
  const withChildren = topLevel.map((party) => {
    const children = parties.filter((child) => parentOf(child) === party.partyId);
    return { ...party, childParties: children.length > 0 ? children : null };
  });
  if (!options.allowedToInstantiateFilter) return withChildren;

  const allowed = (party: Party) => isPartyTypeAllowed(party, options.partyTypesAllowed);
  return withChildren.flatMap((party) => {
    const children = (party.childParties ?? []).filter(allowed);
    const childParties = children.length > 0 ? children : null;
    if (allowed(party)) return [{ ...party, childParties }];
    if (children.length > 0) return [{ ...party, childParties, onlyHierarchyElementWithNoAccess: true }];
    return [];
  });
}
