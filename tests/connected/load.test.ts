import { describe, expect, it } from 'vitest';
import { AppApiError } from '../../src/client/index.ts';
import { createConnectedApp, type ConnectedClient } from '../../src/connected/index.ts';

const refuse = (status: number) => async () => {
  throw new AppApiError({ status, method: 'GET', url: '/api' });
};

function client(overrides: Partial<Record<keyof ConnectedClient, unknown>> = {}) {
  return {
    getApplicationMetadata: async () => ({ id: 'ttd/app', org: 'ttd', dataTypes: [] }),
    getLayoutSets: async () => ({ sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] }),
    getApplicationSettings: async () => ({}),
    getTexts: async () => ({ language: 'nb', resources: [] }),
    getUserProfile: async () => ({ userId: 1, partyId: 1 }),
    getParties: async () => [{ partyId: 1, partyTypeName: 1 }],
    getCurrentParty: async () => ({ partyId: 1, partyTypeName: 1 }),
    ...overrides,
  } as unknown as ConnectedClient;
}

describe('ConnectedApp.load', () => {
  it('reads the app and decides the entry', async () => {
    const boot = await createConnectedApp({ client: client() }).load();
    expect(boot.entry).toEqual({ kind: 'new-instance', party: { partyId: 1, partyTypeName: 1 } });
    expect(boot.profile).toEqual({ userId: 1, partyId: 1 });
  });

  it('an anonymous caller (401 on profile and parties) has no profile and no party', async () => {
    const anonymous = client({
      getUserProfile: refuse(401),
      getParties: refuse(401),
      getCurrentParty: refuse(401),
    });
    const boot = await createConnectedApp({ client: anonymous }).load();
    expect(boot).toMatchObject({
      profile: undefined,
      parties: [],
      selectedParty: undefined,
      entry: { kind: 'no-party' },
    });
  });

  it('a server fault on the party list fails load instead of pretending there are no parties', async () => {
    await expect(createConnectedApp({ client: client({ getParties: refuse(500) }) }).load()).rejects.toThrow(/500/);
  });

  it('an app without layout-sets.json (404) loads with no sets', async () => {
    const boot = await createConnectedApp({ client: client({ getLayoutSets: refuse(404) }) }).load();
    expect(boot.layoutSets).toEqual({ sets: [] });
  });
});
