import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboxPage } from '../../src/wire/inbox.ts';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import { EXAMPLE_APP, PreviewHarness } from './support/previewHarness.ts';
import { signingFixture } from './support/signingFixture.ts';

async function setName(harness: PreviewHarness, instance: InstanceResponse, name: string) {
  const model = PreviewHarness.element(instance);
  const response = await harness.request('PATCH', `instances/${instance.id}/data/${model.id}`, {
    body: { patch: [{ op: 'add', path: '/name', value: name }] },
  });
  expect(response.status).toBe(200);
}

async function inbox(harness: PreviewHarness, query: string, token?: string | null) {
  return harness.request<InboxPage>('GET', `skjema/inbox?${query}`, { token });
}

const ids = (page: InboxPage) => page.instances.map((instance) => instance.id);

describe('preview inbox: search over the data of a party’s instances', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    harness = await PreviewHarness.start();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('finds an instance by a word in its form data, by a prefix while typing, and marks the hit', async () => {
    const kari = await harness.createInstance();
    const per = await harness.createInstance();
    await setName(harness, kari, 'Kari Nordmann fra Tromsø');
    await setName(harness, per, 'Per Hansen fra Bergen');

    const byWord = await inbox(harness, 'party=501337&q=tromsø');
    expect(byWord.status).toBe(200);
    expect(ids(byWord.body)).toEqual([kari.id]);
    expect(byWord.body.instances[0]!.match).toContainEqual({ text: 'Tromsø', hit: true });

    expect(ids((await inbox(harness, 'party=501337&q=nordm')).body)).toEqual([kari.id]);
    expect(ids((await inbox(harness, 'party=501337&q=kari%20bergen')).body)).toEqual([]);
    expect(ids((await inbox(harness, 'party=501337&q=fra')).body).sort()).toEqual([kari.id, per.id].sort());
  });

  it('reflects a save at once: the new text is found and the old is gone', async () => {
    const instance = await harness.createInstance();
    await setName(harness, instance, 'Gammelnavn Solberg');
    expect(ids((await inbox(harness, 'party=501337&q=gammelnavn')).body)).toEqual([instance.id]);
    await setName(harness, instance, 'Nyttnavn Solberg');
    expect(ids((await inbox(harness, 'party=501337&q=gammelnavn')).body)).toEqual([]);
    expect(ids((await inbox(harness, 'party=501337&q=nyttnavn')).body)).toEqual([instance.id]);
  });

  it('ranks the instance that matches more strongly first', async () => {
    const weak = await harness.createInstance();
    const strong = await harness.createInstance();
    await setName(harness, strong, 'Rangering rangering rangering');
    await setName(harness, weak, 'Rangering og mye annen tekst om noe helt annet enn det søket gjelder');
    // The weak one changed last, so only the rank can put the strong one first.
    expect(ids((await inbox(harness, 'party=501337&q=rangering')).body)).toEqual([strong.id, weak.id]);
  });

  it('treats FTS syntax in the search as plain words', async () => {
    const instance = await harness.createInstance();
    await setName(harness, instance, 'Syntaks OR NEAR test');
    for (const q of [
      '"',
      'syntaks"',
      'NEAR(syntaks',
      'title:syntaks',
      'syntaks OR',
      '*',
      '^syntaks',
      'syntaks AND NOT',
    ]) {
      const response = await inbox(harness, `party=501337&q=${encodeURIComponent(q)}`);
      expect(response.status, q).toBe(200);
    }
    expect(ids((await inbox(harness, `party=501337&q=${encodeURIComponent('title:syntaks')}`)).body)).toEqual([]);
    expect(ids((await inbox(harness, `party=501337&q=${encodeURIComponent('syntaks OR')}`)).body)).toEqual([
      instance.id,
    ]);
  });

  it('pages newest change first, with the total over all pages', async () => {
    const party = 500000;
    const created: InstanceResponse[] = [];
    for (let index = 0; index < 23; index++) created.push(await harness.createInstance(party));
    await setName(harness, created[5]!, 'Endret sist');
    const first = (await inbox(harness, `party=${party}&pageSize=10`)).body;
    expect(first).toMatchObject({ total: 23, pageCount: 3, page: 1, pageSize: 10 });
    expect(first.instances[0]!.id).toBe(created[5]!.id);
    const all = [first, (await inbox(harness, `party=${party}&pageSize=10&page=2`)).body];
    all.push((await inbox(harness, `party=${party}&pageSize=10&page=3`)).body);
    expect(all.map((page) => page.instances.length)).toEqual([10, 10, 3]);
    const listed = all.flatMap(ids);
    expect(new Set(listed).size).toBe(23);
    const changes = all.flatMap((page) => page.instances.map((instance) => instance.lastChanged!));
    expect(changes).toEqual([...changes].sort().reverse());
  });

  it('lists only parties the user can act for, and fails closed', async () => {
    const ola = await harness.tokenFor(12345);
    expect((await inbox(harness, 'party=501337', ola)).status).toBe(403);
    expect((await inbox(harness, 'party=501337', null)).status).toBe(401);
    const own = await inbox(harness, '', ola);
    expect(own.status).toBe(200);
    expect(own.body.partyId).toBe(512345);
    expect(own.body.total).toBe(0);
    const serviceOwner = await harness.request<string>('GET', '/Home/GetTestOrgToken/skjema');
    expect((await inbox(harness, 'party=501337', serviceOwner.body)).body.total).toBeGreaterThan(0);
    expect((await inbox(harness, '', serviceOwner.body)).status).toBe(400);
  });

  it('answers bad parameters with a 400 that says what to change', async () => {
    for (const [query, words] of [
      ['pageSize=0', 'pageSize'],
      ['pageSize=101', 'pageSize'],
      ['page=x', 'page'],
      ['view=inbox', 'view'],
      [`q=${'a'.repeat(201)}`, 'at most 200'],
      ['party=abc', 'party id'],
    ] as const) {
      const response = await harness.request<{ detail: string }>('GET', `skjema/inbox?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.detail, query).toContain(words);
    }
  });
});

describe('preview inbox: where each instance stands', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    harness = await PreviewHarness.start();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('follows an instance from form filling through confirmation to the archive', async () => {
    const instance = await harness.createInstance();
    const find = async (view = 'all') =>
      (await inbox(harness, `party=501337&view=${view}`)).body.instances.find((entry) => entry.id === instance.id);

    expect(await find()).toMatchObject({
      location: { taskId: 'Task_1', taskName: 'Utfylling', taskType: 'data', ended: false, archived: false },
      processCurrentTask: 'FormFilling',
      derivedStatus: 'AwaitingInitialUserInput',
      dialogStatus: 'Draft',
      waitingFor: { kind: 'owner', partyId: 501337, name: 'Sophie Salt' },
      progress: { pages: 1, pagesWithoutErrors: 0, errors: 1 },
      title: 'Testskjema for forhåndsvisning',
    });
    await setName(harness, instance, 'Kari');
    expect((await find())?.progress).toEqual({ pages: 1, pagesWithoutErrors: 1, errors: 0 });

    expect((await harness.request('PUT', `instances/${instance.id}/process/next`)).status).toBe(200);
    expect(await find()).toMatchObject({
      location: { taskId: 'Task_2', taskName: 'Bekreftelse', taskType: 'confirmation' },
      processCurrentTask: 'Confirmation',
      derivedStatus: 'AwaitingConfirmation',
      dialogStatus: 'InProgress',
      waitingFor: { kind: 'confirmer', people: [{ userId: 1337, partyId: 501337, name: 'Sophie Salt' }] },
      progress: null,
    });

    expect(
      (await harness.request('PUT', `instances/${instance.id}/process/next`, { body: { action: 'confirm' } })).status,
    ).toBe(200);
    expect(await find()).toMatchObject({
      location: { taskId: null, ended: true, archived: true },
      processCurrentTask: 'Archived',
      derivedStatus: 'ArchivedUnconfirmed',
      dialogStatus: 'Awaiting',
      waitingFor: { kind: 'nobody' },
    });
    expect(await find('active')).toBeUndefined();
    expect(await find('archived')).toBeDefined();
  });

  it('moves a soft-deleted instance to the deleted view and drops a hard-deleted one', async () => {
    const soft = await harness.createInstance();
    const hard = await harness.createInstance();
    await setName(harness, hard, 'Hardslettet');
    expect((await harness.request('DELETE', `instances/${soft.id}`)).status).toBe(200);
    expect((await harness.request('DELETE', `instances/${hard.id}?hard=true`)).status).toBe(200);
    expect(ids((await inbox(harness, 'party=501337')).body)).not.toContain(soft.id);
    expect(ids((await inbox(harness, 'party=501337&view=deleted')).body)).toEqual([soft.id]);
    expect(ids((await inbox(harness, 'party=501337&view=all&q=hardslettet')).body)).toEqual([]);
  });
});

/** The fixture app with a signing task, and the given messageBoxConfig. */
function signingApp(messageBoxConfig?: unknown): string {
  return signingFixture('inbox', messageBoxConfig ? { messageBoxConfig } : {});
}

describe('preview inbox: a signing task', () => {
  let appDir: string;
  let harness: PreviewHarness;
  beforeAll(async () => {
    appDir = signingApp();
    harness = await PreviewHarness.start({ appDir });
  });
  afterAll(async () => {
    rmSync(appDir, { recursive: true, force: true });
    await harness.close();
  });

  it('waits for the people who may sign until they have signed', async () => {
    const instance = await harness.createInstance();
    await setName(harness, instance, 'Signeres');
    expect((await harness.request('PUT', `instances/${instance.id}/process/next`)).status).toBe(200);
    const before = (await inbox(harness, 'party=501337')).body.instances[0]!;
    expect(before).toMatchObject({
      processCurrentTask: 'Signing',
      derivedStatus: 'AwaitingSignature',
      waitingFor: { kind: 'signees', people: [{ userId: 1337, name: 'Sophie Salt' }], signed: 0 },
    });
    expect(
      (await harness.request('POST', `instances/${instance.id}/actions`, { body: { action: 'sign' } })).status,
    ).toBe(200);
    expect((await inbox(harness, 'party=501337')).body.instances[0]!.waitingFor).toEqual({
      kind: 'signees',
      people: [],
      signed: 1,
    });
  });
});

describe('preview inbox: messageBoxConfig.hideSettings', () => {
  const started: { appDir: string; harness: PreviewHarness }[] = [];
  const start = async (hideSettings: unknown) => {
    const appDir = signingApp({ hideSettings });
    const harness = await PreviewHarness.start({ appDir });
    started.push({ appDir, harness });
    return harness;
  };
  afterAll(async () => {
    for (const { appDir, harness } of started) {
      rmSync(appDir, { recursive: true, force: true });
      await harness.close();
    }
  });

  it('hides an instance while it is at a task in hideOnTask, counting it as hidden', async () => {
    const harness = await start({ hideAlways: false, hideOnTask: ['Task_2'] });
    const instance = await harness.createInstance(500000);
    const other = await harness.createInstance(500000);
    await setName(harness, instance, 'Signeres');
    expect(ids((await inbox(harness, 'party=500000')).body).sort()).toEqual([instance.id, other.id].sort());
    expect((await harness.request('PUT', `instances/${instance.id}/process/next`)).status).toBe(200);
    const page = (await inbox(harness, 'party=500000')).body;
    expect(ids(page)).toEqual([other.id]);
    expect(page.hidden).toBe(1);
    expect((await inbox(harness, 'party=500000&q=signeres')).body).toMatchObject({ total: 0, hidden: 1 });
    expect((await inbox(harness, 'party=500000&q=annet')).body).toMatchObject({ total: 0, hidden: 0 });
  });

  it('hides every instance with hideAlways', async () => {
    const harness = await start({ hideAlways: true });
    await harness.createInstance(500000);
    expect((await inbox(harness, 'party=500000')).body).toMatchObject({ total: 0, hidden: 1, instances: [] });
  });
});

/** The example app's policy: PRIV, DAGL or REGNA may read, fill in and confirm, at authentication level 2. */
describe('preview inbox: the policy decides which instances are listed', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    harness = await PreviewHarness.start({ appDir: EXAMPLE_APP });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('lists only instances the user may read, and no more when the policy says no', async () => {
    const instance = await harness.createInstance(500700);
    expect(ids((await inbox(harness, 'party=500700')).body)).toEqual([instance.id]);
    // User 2001 may act for the housing cooperative but holds none of the policy's roles there.
    const noRole = await inbox(harness, 'party=500700', await harness.tokenFor(2001));
    expect(noRole.status).toBe(200);
    expect(noRole.body).toMatchObject({ total: 0, instances: [] });
    // Below the policy's authentication level nothing is readable either.
    const weak = await inbox(harness, 'party=500700', await harness.tokenFor(1337, 1));
    expect(weak.body).toMatchObject({ total: 0, instances: [] });
  });
});
