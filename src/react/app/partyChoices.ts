import type { Party } from '../../wire/index.ts';
import type { PartyChoice } from './PartySelection.tsx';

const KIND: Record<number, PartyChoice['kind']> = {
  1: 'person',
  2: 'organisation',
  3: 'selfIdentified',
  4: 'subunit',
  5: 'bankruptcyEstate',
};

/**
 * The register's parties as the party list shows them. A party the user only sees because it
 * holds a subunit they may act for (`onlyHierarchyElementWithNoAccess`) is listed, but as a
 * heading for its subunits: choosing it is left to the backend's answer.
 */
export function partyChoicesOf(parties: readonly Party[]): PartyChoice[] {
  return parties.map((party) => ({
    partyId: String(party.partyId),
    name: party.name ?? party.organization?.name ?? party.person?.name ?? String(party.partyId),
    kind: KIND[party.partyTypeName] ?? 'organisation',
    orgNumber: party.orgNumber ?? undefined,
    ssn: party.ssn ?? undefined,
    isDeleted: party.isDeleted,
    subunits: party.childParties?.length ? partyChoicesOf(party.childParties) : undefined,
  }));
}
