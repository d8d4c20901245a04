import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import type { AppProcessState } from '../../src/wire/process.ts';
import { EXAMPLE_APP, PreviewHarness } from './support/previewHarness.ts';

/*
 * The example app's policy gives PRIV, DAGL and REGNA instantiate and read, read and write in
 * Task_1, read and confirm in Task_2. User 1337 is DAGL and HADM for DDG Fitness (500000); user
 * 12345 (Ola, party 512345) holds no role there, and 1001 holds only A0239–A0241.
 */
const DDG = 500000;
const OLA = 12345;

interface DelegationBody {
  id: string;
  from: { partyId: number; name: string | null };
  to: { partyId: number; name: string | null };
  instanceId: string | null;
  rights: { action: string; taskId: string | null }[];
}

describe('preview server: delegation', () => {
  let harness: PreviewHarness;
  let ola: string;
  let sophie: string;

  beforeAll(async () => {
    harness = await PreviewHarness.start({ appDir: EXAMPLE_APP });
    sophie = harness.token;
    ola = await harness.tokenFor(OLA);
  });
  afterAll(() => harness.closeKeepingContract());

  const grant = (body: unknown, token = sophie) =>
    harness.request<DelegationBody & { detail?: string }>('POST', 'skjema/delegations', { body, token });
  const revoke = (id: string, token = sophie) => harness.request('DELETE', `skjema/delegations/${id}`, { token });
  const patchName = (instance: InstanceResponse, token: string, name: string) =>
    harness.request('PATCH', `instances/${instance.id}/data`, {
      token,
      body: {
        patches: [
          {
            dataElementId: PreviewHarness.element(instance).id,
            patch: [{ op: 'add', path: '/applicant', value: { name } }],
          },
        ],
        ignoredValidators: [],
      },
    });
  const processOf = async (instance: InstanceResponse, token: string) =>
    (await harness.request<AppProcessState>('GET', `instances/${instance.id}/process`, { token })).body;

  it('lets an instance delegation open that one instance read-only, then writable, and nothing after revoking', async () => {
    const instance = await harness.createInstance(DDG);
    const other = await harness.createInstance(DDG);
    expect((await harness.request('GET', `instances/${instance.id}`, { token: ola })).status).toBe(403);

    const read = await grant({
      from: { partyId: DDG },
      to: { userId: OLA },
      instanceId: instance.id,
      rights: [{ action: 'read' }],
    });
    expect(read.status).toBe(201);
    expect(read.body).toMatchObject({ to: { partyId: 512345, name: 'Ola Nordmann' }, instanceId: instance.id });
    expect((await harness.request('GET', `instances/${instance.id}`, { token: ola })).status).toBe(200);
    expect((await processOf(instance, ola)).currentTask).toMatchObject({ read: true, write: false });
    expect((await patchName(instance, ola, 'Ola')).status).toBe(403);
    // The delegation is for one instance: the party's other instances stay closed.
    expect((await harness.request('GET', `instances/${other.id}`, { token: ola })).status).toBe(403);
    expect((await harness.request('POST', `instances?instanceOwnerPartyId=${DDG}`, { token: ola })).status).toBe(403);

    const write = await grant({
      from: { partyId: DDG },
      to: { userId: OLA },
      instanceId: instance.id,
      rights: [{ action: 'write', taskId: 'Task_1' }],
    });
    expect(write.status).toBe(201);
    expect((await processOf(instance, ola)).currentTask).toMatchObject({ read: true, write: true });
    expect((await patchName(instance, ola, 'Ola')).status).toBe(200);

    expect((await revoke(read.body.id)).status).toBe(204);
    expect((await revoke(write.body.id)).status).toBe(204);
    expect((await harness.request('GET', `instances/${instance.id}`, { token: ola })).status).toBe(403);
    expect((await patchName(instance, ola, 'Ola again')).status).toBe(403);
    expect((await revoke(write.body.id)).status).toBe(404);
  });

  it('gives a task-scoped right only while the instance is in that task', async () => {
    const instance = await harness.createInstance(DDG);
    const scoped = await grant({
      from: { partyId: DDG },
      to: { userId: OLA },
      instanceId: instance.id,
      rights: [{ action: 'read', taskId: 'Task_2' }],
    });
    expect(scoped.status).toBe(201);
    // The instance is in Task_1.
    expect((await harness.request('GET', `instances/${instance.id}`, { token: ola })).status).toBe(403);
    await revoke(scoped.body.id);
  });

  it('puts the party of an app-level delegation in the party list and lets its actions through on every instance', async () => {
    // What the page asks before offering "new instance".
    expect((await harness.request('GET', `skjema/parties/${DDG}/actions`, { token: ola })).body).toEqual({
      instantiate: false,
    });
    expect((await harness.request('GET', `skjema/parties/${DDG}/actions`)).body).toEqual({ instantiate: true });
    const before = await harness.request<{ partyId: number }[]>(
      'GET',
      'api/v1/parties?allowedToInstantiateFilter=true',
      {
        token: ola,
      },
    );
    expect(before.body.map((party) => party.partyId)).toEqual([512345]);

    const given = await grant({
      from: { partyId: DDG },
      to: { userId: OLA },
      rights: [{ action: 'instantiate' }, { action: 'read' }, { action: 'write', taskId: 'Task_1' }],
    });
    expect(given.status).toBe(201);
    const after = await harness.request<{ partyId: number; name: string }[]>(
      'GET',
      'api/v1/parties?allowedToInstantiateFilter=true',
      {
        token: ola,
      },
    );
    expect(after.body.map((party) => party.partyId)).toEqual([512345, DDG]);
    expect((await harness.request('PUT', `api/v1/parties/${DDG}`, { token: ola })).status).toBe(200);

    const actions = await harness.request('GET', `skjema/parties/${DDG}/actions`, { token: ola });
    expect(actions.body).toEqual({ instantiate: true });
    const created = await harness.request<InstanceResponse>('POST', `instances?instanceOwnerPartyId=${DDG}`, {
      token: ola,
    });
    expect(created.status).toBe(201);
    const sophiesOwn = await harness.createInstance(DDG);
    expect((await patchName(sophiesOwn, ola, 'Ola')).status).toBe(200);
    // Not delegated: delete.
    expect((await harness.request('DELETE', `instances/${created.body.id}`, { token: ola })).status).toBe(403);
    // DDG's delegation says nothing about Sophie's own party.
    expect((await harness.request('POST', 'instances?instanceOwnerPartyId=501337', { token: ola })).status).toBe(403);

    const list = await harness.request<DelegationBody[]>('GET', `skjema/delegations?party=${DDG}`);
    expect(list.body.map((delegation) => delegation.id)).toContain(given.body.id);

    expect((await revoke(given.body.id)).status).toBe(204);
    const revoked = await harness.request<{ partyId: number }[]>('GET', 'api/v1/parties', { token: ola });
    expect(revoked.body.map((party) => party.partyId)).toEqual([512345]);
    expect((await harness.request('GET', `instances/${created.body.id}`, { token: ola })).status).toBe(403);
  });

  it('still asks the policy’s minimum authentication level of a delegated right', async () => {
    const instance = await harness.createInstance(DDG);
    const given = await grant({
      from: { partyId: DDG },
      to: { userId: OLA },
      instanceId: instance.id,
      rights: [{ action: 'read' }],
    });
    const weak = await harness.tokenFor(OLA, 1);
    const response = await harness.request<Record<string, unknown>>('GET', `instances/${instance.id}`, { token: weak });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ RequiredAuthenticationLevel: '2' });
    await revoke(given.body.id);
  });

  it('lets only the party itself or its administrators grant, list and revoke', async () => {
    const rights = [{ action: 'read' }];
    // Ola holds no role for DDG; 1001 holds A0239–A0241 there, none of them administering.
    const byOla = await grant({ from: { partyId: DDG }, to: { userId: 1001 }, rights }, ola);
    expect(byOla.status).toBe(403);
    expect(byOla.body.detail).toMatch(/administering role/);
    const user1001 = await harness.tokenFor(1001);
    expect((await grant({ from: { partyId: DDG }, to: { userId: OLA }, rights }, user1001)).status).toBe(403);
    expect((await harness.request('GET', `skjema/delegations?party=${DDG}`, { token: ola })).status).toBe(403);

    // A person may delegate for themselves.
    const own = await grant({ from: { partyId: 512345 }, to: { userId: 1337 }, rights }, ola);
    expect(own.status).toBe(201);
    expect((await revoke(own.body.id, user1001)).status).toBe(403);
    expect((await revoke(own.body.id, ola)).status).toBe(204);

    const serviceOwner = await (await fetch(`${harness.server.url}/Home/GetTestOrgToken/skjema`)).text();
    expect((await grant({ from: { partyId: DDG }, to: { userId: OLA }, rights }, serviceOwner)).status).toBe(403);
    expect((await harness.request('GET', `skjema/delegations?party=${DDG}`, { token: null })).status).toBe(401);
  });

  it('refuses grants it cannot honour with a detail that says what to change', async () => {
    const instance = await harness.createInstance(501337);
    const before = await harness.request<DelegationBody[]>('GET', `skjema/delegations?party=${DDG}`);
    const cases: [unknown, RegExp][] = [
      [
        { from: { partyId: DDG }, to: { userId: OLA }, rights: [{ action: 'fly' }] },
        /never names the action "fly".*instantiate, read/,
      ],
      [
        { from: { partyId: DDG }, to: { userId: OLA }, rights: [{ action: 'read', taskId: 'Task_9' }] },
        /Task_1, Task_2/,
      ],
      [{ from: { partyId: DDG }, to: { userId: OLA }, rights: [] }, /at least one right/],
      [{ from: { partyId: DDG }, to: {}, rights: [{ action: 'read' }] }, /"to"/],
      [
        { from: { partyId: DDG }, to: { userId: OLA }, instanceId: instance.id, rights: [{ action: 'read' }] },
        /does not belong to party 500000/,
      ],
      [{ from: { partyId: DDG }, to: { partyId: DDG }, rights: [{ action: 'read' }] }, /itself/],
    ];
    for (const [body, detail] of cases) {
      const response = await grant(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.detail).toMatch(detail);
    }
    expect((await grant({ from: { partyId: DDG }, to: { userId: 999 }, rights: [{ action: 'read' }] })).status).toBe(
      404,
    );
    const list = await harness.request<DelegationBody[]>('GET', `skjema/delegations?party=${DDG}`);
    expect(list.body).toEqual(before.body);
  });

  it('signs a browser in straight onto the delegation page from the address the start banner prints', async () => {
    const response = await harness.request('GET', '/Home/LogInTestUser?userId=1337&goto=%2F%23%2Fdelegations', {
      token: null,
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/#/delegations');
  });

  it('offers the administered parties, the policy’s actions and the process tasks to choose from', async () => {
    const choices = await harness.request<{
      parties: { partyId: number }[];
      actions: string[];
      tasks: { id: string }[];
    }>('GET', 'skjema/delegations/choices');
    expect(choices.body.parties.map((party) => party.partyId)).toEqual(expect.arrayContaining([501337, DDG]));
    expect(choices.body.actions).toEqual(['instantiate', 'read', 'write', 'confirm']);
    expect(choices.body.tasks.map((task) => task.id)).toEqual(['Task_1', 'Task_2']);
    const forOla = await harness.request<{ parties: { partyId: number }[] }>('GET', 'skjema/delegations/choices', {
      token: ola,
    });
    expect(forOla.body.parties.map((party) => party.partyId)).toEqual([512345]);
  });
});

describe('preview server: delegation in an app without policy.xml', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    harness = await PreviewHarness.start();
  });
  afterAll(() => harness.closeKeepingContract());

  it('lets a delegation open an instance to someone who cannot act for its owner, and forgets it with the instance', async () => {
    const ola = await harness.tokenFor(OLA);
    const instance = await harness.createInstance(501337);
    expect((await harness.request('GET', `instances/${instance.id}`, { token: ola })).status).toBe(403);
    const given = await harness.request<DelegationBody>('POST', 'skjema/delegations', {
      body: { from: { partyId: 501337 }, to: { userId: OLA }, instanceId: instance.id, rights: [{ action: 'read' }] },
    });
    expect(given.status).toBe(201);
    expect((await harness.request('GET', `instances/${instance.id}`, { token: ola })).status).toBe(200);

    expect((await harness.request('DELETE', `instances/${instance.id}?hard=true`)).status).toBe(200);
    const list = await harness.request<DelegationBody[]>('GET', 'skjema/delegations?party=501337');
    expect(list.body.map((delegation) => delegation.id)).not.toContain(given.body.id);
  });
});
