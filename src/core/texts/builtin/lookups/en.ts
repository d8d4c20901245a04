/**
 * Built-in UI texts of addresses and lookups (Address, PersonLookup, OrganisationLookup), English.
 * Same keys as `nb.ts`.
 */
export const en: Record<string, string> = {
  'address_component.address': 'Street address',
  'address_component.care_of': 'C/O or other additional address',
  'address_component.zip_code': 'Postcode',
  'address_component.post_place': 'Post town',
  'address_component.house_number': 'Flat number',
  'address_component.house_number_helper': 'A letter and four digits, for example H0101.',
  'lookup.search': 'Look up',
  'lookup.clear': 'Search again',
  'person_lookup.ssn_label': 'National identity number',
  'person_lookup.surname_label': 'Surname',
  'person_lookup.name_label': 'Name',
  'person_lookup.ssn_invalid': 'The national identity number must have 11 digits.',
  'person_lookup.surname_missing': 'Enter the surname.',
  'person_lookup.not_found': 'No person was found with this national identity number and surname.',
  'organisation_lookup.orgnr_label': 'Organisation number',
  'organisation_lookup.name_label': 'Organisation name',
  'organisation_lookup.orgnr_invalid': 'The organisation number must have 9 digits.',
  'organisation_lookup.not_found': 'No organisation was found with this organisation number.',
};
