import { describe, expect, it } from 'vitest';
import { decideEntry, type EntryInput } from '../../src/connected/index.ts';
import type { ApplicationMetadata, Party } from '../../src/wire/index.ts';

const person: Party = { partyId: 1, partyTypeName: 1, name: 'Sophie' };
const company: Party = {
  partyId: 2,
  partyTypeName: 2,
  name: 'Firma AS',
  childParties: [{ partyId: 3, partyTypeName: 2 }],
};
const parent: Party = { partyId: 4, partyTypeName: 2, onlyHierarchyElementWithNoAccess: true, childParties: [company] };

function input(overrides: Partial<Omit<EntryInput, 'metadata'>> & { metadata?: Partial<ApplicationMetadata> } = {}) {
  let listed = 0;
  const value: EntryInput = {
    layoutSets: {
      sets: [
        { id: 'form', dataType: 'model', tasks: ['Task_1'] },
        { id: 'start', dataType: 'lookup' },
      ],
    },
    parties: [person],
    selectedParty: person,
    profile: undefined,
    partyChosen: false,
    listActiveInstances: async () => {
      listed++;
      return [];
    },
    ...overrides,
    metadata: { id: 'ttd/app', org: 'ttd', dataTypes: [{ id: 'model' }, { id: 'lookup' }], ...overrides.metadata },
  };
  return { value, listed: () => listed };
}

describe('decideEntry', () => {
  it('one party and no onEntry: a new instance for it, without asking for instances', async () => {
    const { value, listed } = input();
    expect(await decideEntry(value)).toEqual({ kind: 'new-instance', party: person });
    expect(listed()).toBe(0);
  });

  it('several parties: prompts, unless chosen this session, promptForParty never, or the profile opts out', async () => {
    const parties = [person, company];
    expect(await decideEntry(input({ parties }).value)).toMatchObject({ kind: 'select-party', reason: 'prompt' });
    expect(await decideEntry(input({ parties, partyChosen: true }).value)).toMatchObject({ kind: 'new-instance' });
    expect(await decideEntry(input({ parties, metadata: { promptForParty: 'never' } }).value)).toMatchObject({
      kind: 'new-instance',
    });
    const profile = { userId: 1, partyId: 1, profileSettingPreference: { doNotPromptForParty: true } };
    expect(await decideEntry(input({ parties, profile }).value)).toMatchObject({ kind: 'new-instance' });
  });

  it('promptForParty always prompts with several parties, but not with one', async () => {
    const metadata = { promptForParty: 'always' };
    expect(await decideEntry(input({ parties: [person, company], metadata }).value)).toMatchObject({
      kind: 'select-party',
    });
    expect(await decideEntry(input({ metadata }).value)).toMatchObject({ kind: 'new-instance' });
  });

  it('a selected party the user may not use sends them to party selection', async () => {
    const other: Party = { partyId: 99, partyTypeName: 1 };
    expect(await decideEntry(input({ selectedParty: other }).value)).toEqual({
      kind: 'select-party',
      parties: [person],
      reason: 'not-allowed',
    });
  });

  it('no party allowed to instantiate: no-party', async () => {
    expect(await decideEntry(input({ parties: [], selectedParty: undefined }).value)).toEqual({ kind: 'no-party' });
  });

  it('sub-units count as parties; a parent shown only for its children does not', async () => {
    const decision = await decideEntry(input({ parties: [parent], selectedParty: undefined }).value);
    expect(decision).toMatchObject({ kind: 'select-party' });
    if (decision.kind === 'select-party') expect(decision.parties.map((p) => p.partyId)).toEqual([2, 3]);
  });

  it('select-instance lists the active instances, and creates a new one when there are none', async () => {
    const active = [{ id: '1/abc', lastChanged: '2026-01-01' }];
    const withActive = input({
      metadata: { onEntry: { show: 'select-instance' } },
      listActiveInstances: async () => active,
    });
    expect(await decideEntry(withActive.value)).toEqual({ kind: 'select-instance', party: person, instances: active });
    const none = input({ metadata: { onEntry: { show: 'select-instance' } } });
    expect(await decideEntry(none.value)).toMatchObject({ kind: 'new-instance' });
    expect(none.listed()).toBe(1);
  });

  it('onEntry.show naming a layout set runs stateless, anonymously when the data type allows it', async () => {
    const metadata = { onEntry: { show: 'start' } };
    expect(await decideEntry(input({ metadata }).value)).toEqual({
      kind: 'stateless',
      layoutSetId: 'start',
      party: person,
    });
    const anonymous = {
      onEntry: { show: 'start' },
      dataTypes: [{ id: 'lookup', appLogic: { allowAnonymousOnStateless: true } }],
    };
    expect(await decideEntry(input({ metadata: anonymous, parties: [], selectedParty: undefined }).value)).toEqual({
      kind: 'stateless',
      layoutSetId: 'start',
      party: undefined,
    });
  });
});
