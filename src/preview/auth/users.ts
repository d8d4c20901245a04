/**
 * The people and organisations the preview server knows, and which parties each person may act
 * for with which roles. The defaults follow localtest's built-in test data (platform §1.5).
 */

export interface TestPerson {
  readonly userId: number;
  readonly userName: string;
  /** The person's own party. */
  readonly partyId: number;
  readonly partyUuid: string;
  readonly firstName: string;
  readonly middleName: string | null;
  readonly lastName: string;
  /** Null for a self-identified user. */
  readonly ssn: string | null;
  /** localtest's UserType: 2 for a self-identified user; 0 or 1 for persons (1337 has 1). */
  readonly userType: number;
  readonly language: string;
  readonly doNotPromptForParty: boolean;
  readonly email: string | null;
  /** Extra token claims (localtest's `customClaims`). */
  readonly customClaims: Readonly<Record<string, string>>;
  /** Folkeregisteret's address and phone fields for prefill (`src/preview/prefill/register.ts`); absent for built-in users. */
  readonly register?: Readonly<Record<string, string | null>>;
}

export interface TestOrg {
  readonly partyId: number;
  readonly partyUuid: string;
  readonly orgNumber: string;
  readonly name: string;
  /** `AS`, `BEDR` (a subunit), `BRL`, `STAT`, … */
  readonly unitType: string;
  /** The main unit of a subunit. */
  readonly parentPartyId: number | null;
  /** Enhetsregisteret's address and contact fields for prefill (`src/preview/prefill/register.ts`); absent for built-in organisations. */
  readonly register?: Readonly<Record<string, string | null>>;
}

export interface TestUsers {
  readonly persons: readonly TestPerson[];
  readonly orgs: readonly TestOrg[];
  /**
   * Roles per person (userId) per party they may act for, in the order their party list shows them.
   * An empty list still means the person may represent the party.
   */
  readonly roles: ReadonlyMap<number, ReadonlyMap<number, readonly string[]>>;
}

// Stable, readable UUIDs: the preview shows them in instance owners and the test data has none.
function uuid(partyId: number): string {
  return `00000000-0000-4000-8000-${String(partyId).padStart(12, '0')}`;
}

interface PersonSeed {
  userId: number;
  userName: string;
  partyId: number;
  name: [string, string | null, string];
  ssn: string | null;
  userType: number;
  language: string;
  doNotPromptForParty: boolean;
}

function person(seed: PersonSeed): TestPerson {
  const [firstName, middleName, lastName] = seed.name;
  return {
    userId: seed.userId,
    userName: seed.userName,
    partyId: seed.partyId,
    partyUuid: uuid(seed.partyId),
    firstName,
    middleName,
    lastName,
    ssn: seed.ssn,
    userType: seed.userType,
    language: seed.language,
    doNotPromptForParty: seed.doNotPromptForParty,
    email: null,
    customClaims: {},
  };
}

function org(
  partyId: number,
  orgNumber: string,
  name: string,
  unitType: string,
  parentPartyId: number | null = null,
): TestOrg {
  return { partyId, partyUuid: uuid(partyId), orgNumber, name, unitType, parentPartyId };
}

const DDG_ROLES = ['DAGL', 'REGNA', 'SIGNE', 'HADM', 'ADMAI', 'UTINN', 'UTOMR', 'PRIV'];
const ALTINN2_ROLES = ['A0239', 'A0240', 'A0241'];

/** The built-in users of localtest (`studio`, which has 2001 and 2002). */
export function defaultTestUsers(): TestUsers {
  const persons = [
    person({
      userId: 1337,
      userName: 'SophieDDG',
      partyId: 501337,
      name: ['Sophie', null, 'Salt'],
      ssn: '01039012345',
      userType: 1,
      language: 'nn',
      doNotPromptForParty: true,
    }),
    person({
      userId: 1001,
      userName: 'PengelensPartner',
      partyId: 510001,
      name: ['Pengelens', null, 'Partner'],
      ssn: '01899699552',
      userType: 0,
      language: 'nb',
      doNotPromptForParty: true,
    }),
    person({
      userId: 1002,
      userName: 'GjentagendeForelder',
      partyId: 510002,
      name: ['Gjentagende', null, 'Forelder'],
      ssn: '17858296439',
      userType: 0,
      language: 'nb',
      doNotPromptForParty: true,
    }),
    person({
      userId: 1003,
      userName: 'RikForelder',
      partyId: 510003,
      name: ['Rik', null, 'Forelder'],
      ssn: '08829698278',
      userType: 0,
      language: 'nb',
      doNotPromptForParty: true,
    }),
    person({
      userId: 1004,
      userName: 'SelvRegistrert',
      partyId: 510004,
      name: ['Selvregistrert', null, 'Bruker'],
      ssn: null,
      userType: 2,
      language: 'nb',
      doNotPromptForParty: false,
    }),
    person({
      userId: 12345,
      userName: 'OlaNordmann',
      partyId: 512345,
      name: ['Ola', null, 'Nordmann'],
      ssn: '01017512345',
      userType: 0,
      language: 'nb',
      doNotPromptForParty: true,
    }),
    person({
      userId: 2001,
      userName: 'MultiPartyPrompt',
      partyId: 512001,
      name: ['MultiParty', null, 'Prompt'],
      ssn: '01899699001',
      userType: 0,
      language: 'nb',
      doNotPromptForParty: false,
    }),
    person({
      userId: 2002,
      userName: 'KariNordvik',
      partyId: 512002,
      name: ['Kari', null, 'Nordvik'],
      ssn: '12889898001',
      userType: 0,
      language: 'nb',
      doNotPromptForParty: false,
    }),
  ];
  const orgs = [
    org(500000, '897069650', 'DDG Fitness AS', 'AS'),
    org(500001, '897069651', 'DDG Fitness Oslo', 'BEDR', 500000),
    org(500002, '897069652', 'DDG Fitness Bergen', 'BEDR', 500000),
    org(500003, '897069653', 'DDG Fitness Trondheim', 'BEDR', 500000),
    org(500004, '043871668', 'Skog og Fjell Consulting', 'BEDR'),
    org(500005, '405003309', 'Testdepartementet', 'BEDR'),
    org(500006, '991825827', 'Digitaliseringsdirektoratet', 'STAT'),
    org(500600, '897069631', 'EAS Health Consulting', 'AS'),
    org(500700, '950474084', 'Oslos Vakreste Borettslag', 'BRL'),
    org(500800, '910457292', 'EAS Health Consulting Sortland', 'AS'),
    org(500801, '910471120', 'EAS Health Consulting Stokmarknes', 'AS'),
    org(500802, '910423495', 'EAS Health Consulting Svolvær', 'AS'),
  ];
  const board = ['MEDL', 'REGNA', 'UTINN', 'UTOMR'];
  const roles = new Map<number, Map<number, readonly string[]>>([
    [
      1337,
      new Map<number, readonly string[]>([
        [501337, ['PRIV', 'UTINN', 'REGNA', 'DAGL']],
        [500000, DDG_ROLES],
        [500001, DDG_ROLES],
        [500002, DDG_ROLES],
        [500003, DDG_ROLES],
        [500600, ['LEDE', 'REGNA', 'UTINN']],
        [500700, board],
        [500800, board],
        [500801, board],
        [500802, board],
        [500004, ['DAGL']],
      ]),
    ],
    [
      1001,
      new Map<number, readonly string[]>([
        [510001, ['regna', 'dagl', 'priv']],
        [500000, ALTINN2_ROLES],
      ]),
    ],
    [
      1002,
      new Map<number, readonly string[]>([
        [510002, ['regna', 'dagl', 'priv']],
        [500000, ['A0237', 'A0238']],
      ]),
    ],
    [1003, new Map<number, readonly string[]>([[510003, ['regna', 'dagl', 'priv']]])],
    [1004, new Map<number, readonly string[]>([[510004, ['seln']]])],
    [12345, new Map<number, readonly string[]>([[512345, ['regna', 'dagl', 'priv']]])],
    [
      2001,
      new Map<number, readonly string[]>([
        [512001, ['regna', 'dagl', 'priv']],
        [500000, ALTINN2_ROLES],
        [500700, []],
      ]),
    ],
    [
      2002,
      new Map<number, readonly string[]>([
        [512002, ['regna', 'dagl', 'priv']],
        [500000, ALTINN2_ROLES],
        [500700, []],
      ]),
    ],
  ]);
  return { persons, orgs, roles };
}

export function findPerson(users: TestUsers, userId: number): TestPerson | undefined {
  return users.persons.find((candidate) => candidate.userId === userId);
}

export function findOrg(users: TestUsers, partyId: number): TestOrg | undefined {
  return users.orgs.find((candidate) => candidate.partyId === partyId);
}

export function fullName(person: TestPerson): string {
  return [person.firstName, person.middleName, person.lastName].filter(Boolean).join(' ');
}

/** One line per person for the server's start banner: who can log in, and for which parties. */
export function describeTestUsers(users: TestUsers): string[] {
  return users.persons.map((candidate) => {
    const parties = [...(users.roles.get(candidate.userId)?.keys() ?? [])];
    const others = parties.filter((partyId) => partyId !== candidate.partyId);
    const extra = others.length > 0 ? `; also acts for ${others.join(', ')}` : '';
    return `${candidate.userId} ${candidate.userName} (${fullName(candidate)}), party ${candidate.partyId}${extra}`;
  });
}
