import { describe, expect, it } from 'vitest';
import { fakeFetch, INSTANCE_ID, jsonResponse } from './fakeFetch.ts';
import { APP, clientOver } from './support.ts';

const created = {
  id: '501337/0d8e9b8a-6f1e-4d3c-9a51-7f2b8c1d2e3f',
  appId: 'ttd/a',
  org: 'ttd',
  instanceOwner: { partyId: '501337', party: { partyId: 501337, partyTypeName: 1, name: 'Ola' } },
  data: [],
};

describe('instantiation', () => {
  it('instantiates with POST instances/create, the party id as a string, and the prefill', async () => {
    const server = fakeFetch(() => jsonResponse(created, { status: 201 }));
    const instance = await clientOver(server).instantiate({
      instanceOwner: { partyId: 501337 },
      prefill: { 'melding.name': 'Ola' },
    });
    expect(instance).toEqual(created);
    expect(server.last.method).toBe('POST');
    expect(server.last.url).toBe(`${APP}/instances/create?language=nb`);
    expect(JSON.parse(server.last.body ?? '')).toEqual({
      instanceOwner: { partyId: '501337' },
      prefill: { 'melding.name': 'Ola' },
    });
  });

  it('sends due and visible dates only when given', async () => {
    const server = fakeFetch(() => jsonResponse(created, { status: 201 }));
    await clientOver(server).instantiate({
      instanceOwner: { partyId: '1' },
      dueBefore: '2027-01-01T00:00:00Z',
      visibleAfter: '2026-12-24T00:00:00Z',
    });
    expect(JSON.parse(server.last.body ?? '')).toEqual({
      instanceOwner: { partyId: '1' },
      dueBefore: '2027-01-01T00:00:00Z',
      visibleAfter: '2026-12-24T00:00:00Z',
    });
  });

  it("copies an archived instance for the source's own party", async () => {
    const server = fakeFetch(() => jsonResponse(created, { status: 201 }));
    await clientOver(server).copyInstance(INSTANCE_ID, { prefill: { a: 'b' } }, { language: 'en' });
    expect(server.last.url).toBe(`${APP}/instances/create?language=en`);
    expect(JSON.parse(server.last.body ?? '')).toEqual({
      instanceOwner: { partyId: '501337' },
      prefill: { a: 'b' },
      sourceInstanceId: INSTANCE_ID,
    });
  });

  it('refuses to copy from a malformed instance id without sending anything', async () => {
    const server = fakeFetch();
    await expect(clientOver(server).copyInstance('not-an-id')).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });

  it("lists a party's active instances", async () => {
    const active = [{ id: INSTANCE_ID, lastChanged: '2026-12-01T10:00:00Z', lastChangedBy: 'Ola Nordmann' }];
    const server = fakeFetch(() => jsonResponse(active));
    await expect(clientOver(server).getActiveInstances(501337)).resolves.toEqual(active);
    expect(server.last.url).toBe(`${APP}/instances/501337/active`);
  });

  it('deletes an instance softly, or for good with hard', async () => {
    const server = fakeFetch(() => jsonResponse(created));
    const client = clientOver(server);
    await client.deleteInstance(INSTANCE_ID);
    await client.deleteInstance(INSTANCE_ID, { hard: true });
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `DELETE ${APP}/instances/${INSTANCE_ID}`,
      `DELETE ${APP}/instances/${INSTANCE_ID}?hard=true`,
    ]);
  });

  it('reads the process history as a list', async () => {
    const history = [{ eventType: 'process_StartEvent', elementId: 'StartEvent_1', occured: '2026-12-01T10:00:00Z' }];
    const server = fakeFetch(
      () => jsonResponse({ processHistory: history }),
      () => jsonResponse({ processHistory: null }),
    );
    const client = clientOver(server);
    await expect(client.getProcessHistory(INSTANCE_ID)).resolves.toEqual(history);
    await expect(client.getProcessHistory(INSTANCE_ID)).resolves.toEqual([]);
    expect(server.last.url).toBe(`${APP}/instances/${INSTANCE_ID}/process/history`);
  });
});
