export interface PersonLookupResult {
  ssn: string;
  name: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
}

export interface OrganisationLookupResult {
  orgNr: string;
  name: string;
}

/**
 * Registers the form looks things up in (PersonLookup, OrganisationLookup, Address). Each resolves
 * to `null` when nothing was found and rejects only when the lookup itself failed.
 */
export interface LookupService {
  /** Found only when the last name matches the person with that national identity number. */
  lookupPerson(ssn: string, lastName: string): Promise<PersonLookupResult | null>;
  lookupOrganisation(orgNr: string): Promise<OrganisationLookupResult | null>;
  lookupPostPlace(zipCode: string): Promise<string | null>;
}
