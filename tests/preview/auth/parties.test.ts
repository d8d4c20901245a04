import { describe, expect, it } from 'vitest';
import {
  canRepresent,
  defaultTestUsers,
  describeTestUsers,
  loadTestUsers,
  partiesFor,
  partyById,
  rolesFor,
  TestDataError,
  type Party,
} from '../../../src/preview/auth/index.ts';

const users = defaultTestUsers();
const ids = (parties: Party[]) =>
  parties.map((party) => ({ id: party.partyId, children: party.childParties?.map((child) => child.partyId) ?? [] }));

describe('partiesFor', () => {
  it("lists the user's own party first and nests DDG Fitness's subunits under it", () => {
    const parties = partiesFor(users, 1337, { allowedToInstantiateFilter: false });
    expect(ids(parties)).toEqual([
      { id: 501337, children: [] },
      { id: 500000, children: [500001, 500002, 500003] },
      { id: 500600, children: [] },
      { id: 500700, children: [] },
      { id: 500800, children: [] },
      { id: 500801, children: [] },
      { id: 500802, children: [] },
      { id: 500004, children: [] },
    ]);
    expect(parties[0]).toMatchObject({ partyTypeName: 1, name: 'Sophie Salt', ssn: '010390*****' });
    expect(parties[1]).toMatchObject({
      partyTypeName: 2,
      orgNumber: '897069650',
      unitType: 'AS',
      name: 'DDG Fitness AS',
    });
  });

  it('keeps persons only when the app allows persons', () => {
    const parties = partiesFor(users, 1337, { allowedToInstantiateFilter: true, partyTypesAllowed: { person: true } });
    expect(ids(parties)).toEqual([{ id: 501337, children: [] }]);
  });

  it('shows a main unit that is not allowed but has allowed subunits, marked as not selectable', () => {
    const parties = partiesFor(users, 1337, { allowedToInstantiateFilter: true, partyTypesAllowed: { subUnit: true } });
    // 500004 is itself a BEDR; 500000 stays only to hold its subunits.
    expect(ids(parties)).toEqual([
      { id: 500000, children: [500001, 500002, 500003] },
      { id: 500004, children: [] },
    ]);
    expect(parties.map((party) => party.onlyHierarchyElementWithNoAccess)).toEqual([true, false]);
  });

  it('drops subunits when only organisations are allowed, and allows everything when no flag is set', () => {
    const organisations = partiesFor(users, 1337, {
      allowedToInstantiateFilter: true,
      partyTypesAllowed: { organisation: true },
    });
    expect(organisations.map((party) => party.partyId)).toEqual([500000, 500600, 500700, 500800, 500801, 500802]);
    expect(organisations[0]?.childParties).toBeNull();
    const all = partiesFor(users, 1337, {
      allowedToInstantiateFilter: true,
      partyTypesAllowed: { person: false, organisation: false, subUnit: false, bankruptcyEstate: false },
    });
    expect(all).toHaveLength(8);
  });

  it('gives the self-identified user party type 3 and no SSN', () => {
    expect(partiesFor(users, 1004, { allowedToInstantiateFilter: false })).toEqual([
      expect.objectContaining({ partyId: 510004, partyTypeName: 3, ssn: null, name: 'Selvregistrert Bruker' }),
    ]);
  });

  it('is empty for an unknown user', () => {
    expect(partiesFor(users, 99, { allowedToInstantiateFilter: false })).toEqual([]);
  });
});

describe('representation and roles', () => {
  it('knows who may act for whom, subunits included', () => {
    expect(canRepresent(users, 1337, 500002)).toBe(true);
    expect(canRepresent(users, 1001, 501337)).toBe(false);
    expect(canRepresent(users, 2001, 500700)).toBe(true);
    expect(rolesFor(users, 2001, 500700)).toEqual([]);
    expect(rolesFor(users, 1001, 500000)).toEqual(['A0239', 'A0240', 'A0241']);
    expect(rolesFor(users, 1001, 501337)).toEqual([]);
  });

  it('shows full SSNs unless asked to mask them', () => {
    expect(partyById(users, 501337)?.ssn).toBe('01039012345');
    expect(partyById(users, 501337, { maskSsn: true })?.ssn).toBe('010390*****');
    expect(partyById(users, 123)).toBeUndefined();
  });

  it('describes every user with the parties they act for, for the start banner', () => {
    const lines = describeTestUsers(users);
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe(
      '1337 SophieDDG (Sophie Salt), party 501337; also acts for 500000, 500001, 500002, 500003, 500600, 500700, 500800, 500801, 500802, 500004',
    );
    expect(lines[4]).toBe('1004 SelvRegistrert (Selvregistrert Bruker), party 510004');
  });
});

describe('loadTestUsers (testData.json)', () => {
  const file = JSON.stringify({
    persons: [
      {
        userId: 3001,
        userName: 'KariT',
        partyId: 53001,
        ssn: '01017012345',
        firstName: 'Kari',
        lastName: 'Testesen',
        customClaims: [{ type: 'urn:example:team', value: 'blue' }],
        partyRoles: { '53001': [{ Type: 'altinn', value: 'PRIV' }], '53100': [{ Type: 'altinn', value: 'DAGL' }] },
      },
    ],
    orgs: [{ partyId: 53100, orgNumber: '310000001', name: 'Kari AS', unitType: 'AS' }],
  });

  it('uses the built-in users without a file', () => {
    expect(loadTestUsers(undefined).persons).toHaveLength(8);
  });

  it("replaces the built-in users with the app's, as localtest does", () => {
    const loaded = loadTestUsers(file);
    expect(loaded.persons.map((person) => person.userId)).toEqual([3001]);
    expect(rolesFor(loaded, 3001, 53100)).toEqual(['DAGL']);
    expect(loaded.persons[0]?.customClaims).toEqual({ 'urn:example:team': 'blue' });
    expect(partiesFor(loaded, 3001, { allowedToInstantiateFilter: false }).map((party) => party.name)).toEqual([
      'Kari Testesen',
      'Kari AS',
    ]);
  });

  it('lets whoever acts for a main unit act for its subunits with the same roles', () => {
    const withSubunit = JSON.parse(file) as { orgs: object[] };
    withSubunit.orgs.push({
      partyId: 53101,
      orgNumber: '310000002',
      name: 'Kari AS avd. Bergen',
      unitType: 'BEDR',
      parentPartyId: 53100,
    });
    const loaded = loadTestUsers(JSON.stringify(withSubunit));
    expect(rolesFor(loaded, 3001, 53101)).toEqual(['DAGL']);
    expect(ids(partiesFor(loaded, 3001, { allowedToInstantiateFilter: false }))).toEqual([
      { id: 53001, children: [] },
      { id: 53100, children: [53101] },
    ]);
  });

  it('adds them to the built-in users when asked to merge', () => {
    const loaded = loadTestUsers(file, { merge: true });
    expect(loaded.persons.map((person) => person.userId)).toContain(1337);
    expect(loaded.persons.map((person) => person.userId)).toContain(3001);
    expect(canRepresent(loaded, 1337, 500000)).toBe(true);
  });

  it.each([
    ['{ "persons": [', /testData\.json: not valid JSON/],
    ['[]', /expected an object/],
    [
      '{"persons":[{"userId":1,"partyId":2,"firstName":"A"}]}',
      /at persons\[0\]\.lastName: expected a non-empty string/,
    ],
    ['{"persons":[{"userId":"x","partyId":2,"firstName":"A","lastName":"B"}]}', /at persons\[0\]\.userId/],
    [
      '{"persons":[{"userId":1,"partyId":2,"firstName":"A","lastName":"B","partyRoles":{"77":[]}}]}',
      /at persons\[0\]\.partyRoles\.77: no person or organisation/,
    ],
    [
      '{"persons":[{"userId":1,"partyId":2,"firstName":"A","lastName":"B"},{"userId":1,"partyId":3,"firstName":"C","lastName":"D"}]}',
      /at persons\[1\]\.userId: user id 1 appears twice/,
    ],
    [
      '{"persons":[{"userId":1,"partyId":2,"firstName":"A","lastName":"B"}],"orgs":[{"partyId":5,"orgNumber":"1","name":"X","parentPartyId":9}]}',
      /at orgs\[0\]\.parentPartyId/,
    ],
    ['{"persons":[]}', /nobody could log in/],
  ])('names the place of the problem in %s', (text, message) => {
    expect(() => loadTestUsers(text, { source: 'App/testData.json' })).toThrow(TestDataError);
    expect(() => loadTestUsers(text)).toThrow(message);
  });
});
