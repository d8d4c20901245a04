/**
 * The register the preview's prefill reads (platform spec §2.2): Folkeregisteret (DSF) for persons,
 * Enhetsregisteret (ER) for organisations, and the user's profile. The data comes from the test
 * users: localtest's `testData.json` carries these fields in camelCase on each person
 * (`telephoneNumber`, `mailingAddress`, `addressStreetName`…) and organisation (`eMailAddress`,
 * `businessAddress`…); the built-in users get the addresses below. Source objects are built with
 * the reference's C# property names, since prefill configurations name fields that way.
 */
import { findOrg, findPerson, fullName, type TestOrg, type TestPerson, type TestUsers } from '../auth/users.ts';

/** The Person fields of the register that a `DSF` section may read (besides SSN and the name parts). */
export const PERSON_REGISTER_FIELDS = [
  'TelephoneNumber',
  'MobileNumber',
  'MailingAddress',
  'MailingPostalCode',
  'MailingPostalCity',
  'AddressMunicipalNumber',
  'AddressMunicipalName',
  'AddressStreetName',
  'AddressHouseNumber',
  'AddressHouseLetter',
  'AddressPostalCode',
  'AddressCity',
] as const;

/** The Organization fields of the register that an `ER` section may read (besides OrgNumber, Name, UnitType). */
export const ORGANISATION_REGISTER_FIELDS = [
  'TelephoneNumber',
  'MobileNumber',
  'FaxNumber',
  'EMailAddress',
  'InternetAddress',
  'MailingAddress',
  'MailingPostalCode',
  'MailingPostalCity',
  'BusinessAddress',
  'BusinessPostalCode',
  'BusinessPostalCity',
] as const;

/** Register fields of a person or an organisation, by their C# names; null when the register has none. */
export type RegisterFields = Readonly<Record<string, string | null>>;

/**
 * Picks the register fields out of a test data entry, matching names case-insensitively so both
 * localtest's camelCase and the register's PascalCase are read. Numbers are kept as text, as the
 * register stores them (`"AddressHouseNumber": "12"`).
 */
export function readRegisterFields(
  entry: Readonly<Record<string, unknown>>,
  fields: readonly string[],
): RegisterFields {
  const byLowerName = new Map(Object.entries(entry).map(([key, value]) => [key.toLowerCase(), value] as const));
  const result: Record<string, string | null> = {};
  for (const field of fields) {
    const value = byLowerName.get(field.toLowerCase());
    result[field] = typeof value === 'string' || typeof value === 'number' ? String(value) : null;
  }
  return result;
}

/** Addresses and numbers for localtest's built-in people and organisations (localtest's files have the like). */
const BUILT_IN: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  501337: {
    TelephoneNumber: '22334455',
    MobileNumber: '98765432',
    MailingAddress: 'Grensen 5',
    MailingPostalCode: '0159',
    MailingPostalCity: 'Oslo',
    AddressMunicipalNumber: '0301',
    AddressMunicipalName: 'Oslo',
    AddressStreetName: 'Grensen',
    AddressHouseNumber: '5',
    AddressHouseLetter: '',
    AddressPostalCode: '0159',
    AddressCity: 'Oslo',
  },
  512345: {
    MobileNumber: '91234567',
    MailingAddress: 'Storgata 1',
    MailingPostalCode: '5003',
    MailingPostalCity: 'Bergen',
    AddressMunicipalNumber: '4601',
    AddressMunicipalName: 'Bergen',
    AddressStreetName: 'Storgata',
    AddressHouseNumber: '1',
    AddressPostalCode: '5003',
    AddressCity: 'Bergen',
  },
  500000: {
    TelephoneNumber: '22000000',
    EMailAddress: 'post@ddgfitness.example',
    InternetAddress: 'https://ddgfitness.example',
    MailingAddress: 'Postboks 100 Sentrum',
    MailingPostalCode: '0101',
    MailingPostalCity: 'Oslo',
    BusinessAddress: 'Karl Johans gate 10',
    BusinessPostalCode: '0154',
    BusinessPostalCity: 'Oslo',
  },
  500700: {
    EMailAddress: 'styret@vakreste-brl.example',
    MailingAddress: 'Frognerveien 3',
    MailingPostalCode: '0263',
    MailingPostalCity: 'Oslo',
    BusinessAddress: 'Frognerveien 3',
    BusinessPostalCode: '0263',
    BusinessPostalCity: 'Oslo',
  },
};

function registerOf(partyId: number, given: RegisterFields | undefined, fields: readonly string[]): RegisterFields {
  return given ?? readRegisterFields(BUILT_IN[partyId] ?? {}, fields);
}

/** The register's Person (DSF) of a person party, or undefined when the party is no person. */
export function registerPerson(users: TestUsers, partyId: number): Record<string, unknown> | undefined {
  const person = users.persons.find((candidate) => candidate.partyId === partyId);
  return person ? personRecord(person) : undefined;
}

function personRecord(person: TestPerson): Record<string, unknown> {
  return {
    SSN: person.ssn,
    Name: fullName(person),
    FirstName: person.firstName,
    MiddleName: person.middleName,
    LastName: person.lastName,
    ...registerOf(person.partyId, person.register, PERSON_REGISTER_FIELDS),
  };
}

/** The register's Organization (ER) of an organisation party, or undefined when the party is no organisation. */
export function registerOrganisation(users: TestUsers, partyId: number): Record<string, unknown> | undefined {
  const org = findOrg(users, partyId);
  return org ? organisationRecord(org) : undefined;
}

function organisationRecord(org: TestOrg): Record<string, unknown> {
  return {
    OrgNumber: org.orgNumber,
    Name: org.name,
    UnitType: org.unitType,
    ...registerOf(org.partyId, org.register, ORGANISATION_REGISTER_FIELDS),
  };
}

/** The user's profile as the Profile register has it (`UserProfile` sections read it), or undefined for an unknown user. */
export function registerUserProfile(users: TestUsers, userId: number): Record<string, unknown> | undefined {
  const person = findPerson(users, userId);
  if (!person) return undefined;
  const personFields = personRecord(person);
  return {
    UserId: person.userId,
    UserUuid: null,
    UserName: person.userName,
    PhoneNumber: personFields.MobileNumber ?? personFields.TelephoneNumber ?? null,
    Email: person.email,
    PartyId: person.partyId,
    UserType: person.userType,
    ProfileSettingPreference: {
      Language: person.language,
      PreSelectedPartyId: 0,
      DoNotPromptForParty: person.doNotPromptForParty,
    },
    Party: {
      PartyId: person.partyId,
      PartyUuid: person.partyUuid,
      PartyTypeName: person.ssn === null ? 3 : 1,
      OrgNumber: null,
      SSN: person.ssn,
      UnitType: null,
      Name: fullName(person),
      IsDeleted: false,
      OnlyHierarchyElementWithNoAccess: false,
      Person: personFields,
      Organization: null,
      ChildParties: null,
    },
  };
}

/** The source fields each section may name (platform spec §2.2), for checking configurations. */
export function knownSourceFields(section: 'ER' | 'DSF' | 'UserProfile'): ReadonlySet<string> {
  const sample: TestUsers = {
    persons: [
      {
        userId: 1,
        userName: '',
        partyId: 1,
        partyUuid: '',
        firstName: '',
        middleName: null,
        lastName: '',
        ssn: '',
        userType: 0,
        language: 'nb',
        doNotPromptForParty: false,
        email: null,
        customClaims: {},
      },
    ],
    orgs: [{ partyId: 2, partyUuid: '', orgNumber: '', name: '', unitType: '', parentPartyId: null }],
    roles: new Map(),
  };
  const record =
    section === 'ER'
      ? registerOrganisation(sample, 2)
      : section === 'DSF'
        ? registerPerson(sample, 1)
        : withOrganisation(registerUserProfile(sample, 1));
  return new Set(leafPaths(record ?? {}));
}

/** A profile's party has a Person or an Organization; a configuration may name fields of either. */
function withOrganisation(profile: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!profile) return undefined;
  const party = profile.Party as Record<string, unknown>;
  return {
    ...profile,
    Party: {
      ...party,
      Organization: {
        OrgNumber: null,
        Name: null,
        UnitType: null,
        ...readRegisterFields({}, ORGANISATION_REGISTER_FIELDS),
      },
    },
  };
}

function leafPaths(record: Readonly<Record<string, unknown>>, prefix = ''): string[] {
  return Object.entries(record).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? [path, ...leafPaths(value as Record<string, unknown>, path)]
      : [path];
  });
}
