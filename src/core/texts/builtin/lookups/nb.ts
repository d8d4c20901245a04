/**
 * Built-in UI texts of addresses and lookups (Address, PersonLookup, OrganisationLookup), Norwegian Bokmål.
 * Loaded only by forms with one of those types (`../builtinTextsLoader.ts`); see `../nb.ts` for
 * what built-in texts are. `nn.ts` and `en.ts` have the same keys.
 */
export const nb: Record<string, string> = {
  'address_component.address': 'Gateadresse',
  'address_component.care_of': 'C/O eller annen tilleggsadresse',
  'address_component.zip_code': 'Postnummer',
  'address_component.post_place': 'Poststed',
  'address_component.house_number': 'Bolignummer',
  'address_component.house_number_helper': 'En bokstav og fire sifre, for eksempel H0101.',
  'lookup.search': 'Hent opplysninger',
  'lookup.clear': 'Søk på nytt',
  'person_lookup.ssn_label': 'Fødselsnummer',
  'person_lookup.surname_label': 'Etternavn',
  'person_lookup.name_label': 'Navn',
  'person_lookup.ssn_invalid': 'Fødselsnummeret må ha 11 sifre.',
  'person_lookup.surname_missing': 'Skriv etternavnet.',
  'person_lookup.not_found': 'Fant ingen person med dette fødselsnummeret og etternavnet.',
  'organisation_lookup.orgnr_label': 'Organisasjonsnummer',
  'organisation_lookup.name_label': 'Organisasjonsnavn',
  'organisation_lookup.orgnr_invalid': 'Organisasjonsnummeret må ha 9 sifre.',
  'organisation_lookup.not_found': 'Fant ingen organisasjon med dette organisasjonsnummeret.',
};
