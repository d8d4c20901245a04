/**
 * Built-in UI texts of addresses and lookups (Address, PersonLookup, OrganisationLookup), Norwegian Nynorsk.
 * Same keys as `nb.ts`.
 */
export const nn: Record<string, string> = {
  'address_component.address': 'Gateadresse',
  'address_component.care_of': 'C/O eller annan tilleggsadresse',
  'address_component.zip_code': 'Postnummer',
  'address_component.post_place': 'Poststad',
  'address_component.house_number': 'Bustadnummer',
  'address_component.house_number_helper': 'Ein bokstav og fire siffer, til dømes H0101.',
  'lookup.search': 'Hent opplysningar',
  'lookup.clear': 'Søk på nytt',
  'person_lookup.ssn_label': 'Fødselsnummer',
  'person_lookup.surname_label': 'Etternamn',
  'person_lookup.name_label': 'Namn',
  'person_lookup.ssn_invalid': 'Fødselsnummeret må ha 11 siffer.',
  'person_lookup.surname_missing': 'Skriv etternamnet.',
  'person_lookup.not_found': 'Fann ingen person med dette fødselsnummeret og etternamnet.',
  'organisation_lookup.orgnr_label': 'Organisasjonsnummer',
  'organisation_lookup.name_label': 'Organisasjonsnamn',
  'organisation_lookup.orgnr_invalid': 'Organisasjonsnummeret må ha 9 siffer.',
  'organisation_lookup.not_found': 'Fann ingen organisasjon med dette organisasjonsnummeret.',
};
