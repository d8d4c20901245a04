/**
 * Reads test users from a JSON file in the shape of localtest's app `testData.json` (platform §1.7),
 * which real apps ship in `App/testData.json`:
 *
 * ```json
 * {
 *   "persons": [
 *     { "userId": 3001, "userName": "Kari", "partyId": 53001, "ssn": "01017012345",
 *       "firstName": "Kari", "middleName": null, "lastName": "Testesen",
 *       "language": "nb", "email": "kari@example.com", "doNotPromptForParty": true,
 *       "customClaims": [{ "type": "urn:example:claim", "value": "x" }],
 *       "partyRoles": { "53001": [{ "Type": "altinn", "value": "PRIV" }], "500000": [{ "Type": "altinn", "value": "DAGL" }] } }
 *   ],
 *   "orgs": [{ "partyId": 53100, "orgNumber": "310000001", "name": "Kari AS", "unitType": "AS", "parentPartyId": null }]
 * }
 * ```
 *
 * - `userId`, `partyId`, `firstName` and `lastName` are required for a person; `ssn` null or absent
 *   makes a self-identified user. A person may act for the parties named in `partyRoles` (roles may
 *   be empty) and always for their own party.
 * - `partyId`, `orgNumber` and `name` are required for an organisation; `parentPartyId` makes it a
 *   subunit of another organisation, which everyone who acts for the main unit may act for too.
 * - Persons and organisations may carry the register fields prefill reads, in camelCase
 *   (`mobileNumber`, `addressStreetName`, `eMailAddress`, `businessAddress`…; the lists are in
 *   `src/preview/prefill/register.ts`).
 * - By default the file replaces the built-in users, as localtest does when every app brings its own
 *   test data; with `merge: true` its people and organisations are added to them, replacing
 *   built-in ones with the same id.
 */
import { ORGANISATION_REGISTER_FIELDS, PERSON_REGISTER_FIELDS, readRegisterFields } from '../prefill/register.ts';
import { defaultTestUsers, type TestOrg, type TestPerson, type TestUsers } from './users.ts';

export class TestDataError extends Error {
  override readonly name = 'TestDataError';

  constructor(
    /** Where in the file: `persons[2].partyId`, or empty for the file as a whole. */
    readonly path: string,
    message: string,
    readonly source: string,
  ) {
    super(`${source}${path ? ` at ${path}` : ''}: ${message}`);
  }
}

export interface LoadTestUsersOptions {
  /** Add the file's users to the built-in ones instead of replacing them. */
  readonly merge?: boolean;
  /** File name used in error messages. */
  readonly source?: string;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Reader {
  constructor(private readonly source: string) {}

  fail(path: string, message: string): never {
    throw new TestDataError(path, message, this.source);
  }

  integer(object: Json, key: string, path: string): number {
    const value = object[key];
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
    if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
    return this.fail(`${path}.${key}`, `expected a positive whole number, got ${JSON.stringify(value) ?? 'nothing'}`);
  }

  text(object: Json, key: string, path: string): string {
    const value = object[key];
    if (typeof value === 'string' && value.trim()) return value;
    return this.fail(`${path}.${key}`, `expected a non-empty string, got ${JSON.stringify(value) ?? 'nothing'}`);
  }

  optionalText(object: Json, key: string, path: string): string | null {
    const value = object[key];
    if (value === undefined || value === null || value === '') return null;
    if (typeof value === 'string') return value;
    return this.fail(`${path}.${key}`, `expected a string or null, got ${JSON.stringify(value)}`);
  }

  list(object: Json, key: string, path: string): unknown[] {
    const value = object[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    return this.fail(`${path}${path ? '.' : ''}${key}`, 'expected a list');
  }
}

function uuidOf(reader: Reader, object: Json, path: string, partyId: number): string {
  return (
    reader.optionalText(object, 'partyUuid', path) ?? `00000000-0000-4000-8000-${String(partyId).padStart(12, '0')}`
  );
}

function readClaims(reader: Reader, person: Json, path: string): Record<string, string> {
  const claims: Record<string, string> = {};
  reader.list(person, 'customClaims', path).forEach((claim, index) => {
    const at = `${path}.customClaims[${index}]`;
    if (!isObject(claim)) reader.fail(at, 'expected an object with type and value');
    const type = claim['type'] ?? claim['Type'];
    const value = claim['value'] ?? claim['Value'];
    if (typeof type !== 'string' || typeof value !== 'string') reader.fail(at, 'expected string type and value');
    claims[type] = value;
  });
  return claims;
}

function readRoles(reader: Reader, person: Json, path: string, ownPartyId: number): Map<number, readonly string[]> {
  const roles = new Map<number, readonly string[]>([[ownPartyId, []]]);
  const partyRoles = person['partyRoles'];
  if (partyRoles === undefined || partyRoles === null) return roles;
  if (!isObject(partyRoles)) reader.fail(`${path}.partyRoles`, 'expected an object of party id to roles');
  for (const [partyKey, list] of Object.entries(partyRoles)) {
    const at = `${path}.partyRoles.${partyKey}`;
    if (!/^\d+$/.test(partyKey)) reader.fail(at, 'a party id is a whole number');
    if (!Array.isArray(list)) reader.fail(at, 'expected a list of roles');
    const codes = list.map((role, index) => {
      if (typeof role === 'string') return role;
      const value = isObject(role) ? (role['value'] ?? role['Value']) : undefined;
      if (typeof value !== 'string' || !value)
        reader.fail(`${at}[${index}]`, 'expected a role like {"Type":"altinn","value":"DAGL"}');
      return value;
    });
    roles.set(Number(partyKey), codes);
  }
  return roles;
}

function readPerson(
  reader: Reader,
  raw: unknown,
  index: number,
): { person: TestPerson; roles: Map<number, readonly string[]> } {
  const path = `persons[${index}]`;
  if (!isObject(raw)) return reader.fail(path, 'expected an object');
  const userId = reader.integer(raw, 'userId', path);
  const partyId = reader.integer(raw, 'partyId', path);
  const firstName = reader.text(raw, 'firstName', path);
  const lastName = reader.text(raw, 'lastName', path);
  const ssn = reader.optionalText(raw, 'ssn', path);
  const doNotPrompt = raw['doNotPromptForParty'];
  const person: TestPerson = {
    userId,
    userName: reader.optionalText(raw, 'userName', path) ?? `${firstName}${lastName}`.replace(/\s+/g, ''),
    partyId,
    partyUuid: uuidOf(reader, raw, path, partyId),
    firstName,
    middleName: reader.optionalText(raw, 'middleName', path),
    lastName,
    ssn,
    userType: ssn === null ? 2 : 0,
    language: reader.optionalText(raw, 'language', path) ?? 'nb',
    doNotPromptForParty: typeof doNotPrompt === 'boolean' ? doNotPrompt : false,
    email: reader.optionalText(raw, 'email', path),
    customClaims: readClaims(reader, raw, path),
    register: readRegisterFields(raw, PERSON_REGISTER_FIELDS),
  };
  return { person, roles: readRoles(reader, raw, path, partyId) };
}

function readOrg(reader: Reader, raw: unknown, index: number): TestOrg {
  const path = `orgs[${index}]`;
  if (!isObject(raw)) return reader.fail(path, 'expected an object');
  const partyId = reader.integer(raw, 'partyId', path);
  const parent = raw['parentPartyId'];
  return {
    partyId,
    partyUuid: uuidOf(reader, raw, path, partyId),
    orgNumber: reader.text(raw, 'orgNumber', path),
    name: reader.text(raw, 'name', path),
    unitType: reader.optionalText(raw, 'unitType', path) ?? 'AS',
    parentPartyId: parent === undefined || parent === null ? null : reader.integer(raw, 'parentPartyId', path),
    register: readRegisterFields(raw, ORGANISATION_REGISTER_FIELDS),
  };
}

/**
 * Whoever acts for a main unit acts for its subunits with the same roles, as the party lists of
 * localtest show them; roles the file gives for a subunit itself win.
 */
function withSubunits(roles: Map<number, readonly string[]>, orgs: readonly TestOrg[]): Map<number, readonly string[]> {
  const result = new Map(roles);
  for (const [partyId, codes] of roles) {
    for (const subunit of orgs.filter((org) => org.parentPartyId === partyId)) {
      if (!result.has(subunit.partyId)) result.set(subunit.partyId, codes);
    }
  }
  return result;
}

function checkUnique(reader: Reader, ids: number[], what: string, list: string, key: string): void {
  const seen = new Set<number>();
  ids.forEach((id, index) => {
    if (seen.has(id)) reader.fail(`${list}[${index}].${key}`, `${what} ${id} appears twice`);
    seen.add(id);
  });
}

/**
 * The test users for the preview server: the built-in ones when `fileText` is undefined, else the
 * file's (see the header for the format). Throws `TestDataError` naming the file and the place
 * in it when the file cannot be used.
 */
export function loadTestUsers(fileText: string | undefined, options: LoadTestUsersOptions = {}): TestUsers {
  const defaults = defaultTestUsers();
  if (fileText === undefined) return defaults;
  const reader = new Reader(options.source ?? 'testData.json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch (error) {
    return reader.fail('', `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isObject(parsed)) return reader.fail('', 'expected an object with "persons" and "orgs"');
  const read = reader.list(parsed, 'persons', '').map((raw, index) => readPerson(reader, raw, index));
  const orgs = reader.list(parsed, 'orgs', '').map((raw, index) => readOrg(reader, raw, index));
  checkUnique(
    reader,
    read.map(({ person }) => person.userId),
    'user id',
    'persons',
    'userId',
  );
  checkUnique(
    reader,
    read.map(({ person }) => person.partyId),
    'party id',
    'persons',
    'partyId',
  );
  checkUnique(
    reader,
    orgs.map((org) => org.partyId),
    'party id',
    'orgs',
    'partyId',
  );
  if (read.length === 0 && !options.merge)
    return reader.fail('persons', 'the file has no persons, so nobody could log in');

  const persons = read.map(({ person }) => person);
  const allOrgs = options.merge ? [...defaults.orgs, ...orgs] : orgs;
  const roles = new Map(
    read.map(({ person, roles: personRoles }) => [person.userId, withSubunits(personRoles, allOrgs)] as const),
  );
  const result: TestUsers = options.merge
    ? {
        persons: [...defaults.persons.filter((p) => !roles.has(p.userId)), ...persons],
        orgs: [...defaults.orgs.filter((o) => !orgs.some((added) => added.partyId === o.partyId)), ...orgs],
        roles: new Map([...defaults.roles, ...roles]),
      }
    : { persons, orgs, roles };

  const knownParties = new Set([...result.persons.map((p) => p.partyId), ...result.orgs.map((o) => o.partyId)]);
  read.forEach(({ roles: personRoles }, index) => {
    for (const partyId of personRoles.keys()) {
      if (!knownParties.has(partyId))
        reader.fail(`persons[${index}].partyRoles.${partyId}`, `no person or organisation has party id ${partyId}`);
    }
  });
  orgs.forEach((org, index) => {
    if (org.parentPartyId !== null && !knownParties.has(org.parentPartyId)) {
      reader.fail(`orgs[${index}].parentPartyId`, `no organisation has party id ${org.parentPartyId}`);
    }
  });
  return result;
}
