import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAppClient } from '../../src/client/index.ts';
import {
  createConnectedApp,
  indexedDbPendingEditsStore,
  type ConnectedApp,
  type ConnectedInstance,
  type JsonModel,
  type PendingEditsStore,
} from '../../src/connected/index.ts';
import type { PreviewProcessor } from '../../src/preview/index.ts';
import { PreviewHarness } from '../preview/support/previewHarness.ts';
import { SaveScheduler } from '../../src/core/save/index.ts';
import { fakeForm, manualClock, settle } from './support.ts';

/** Like an app's ProcessDataWrite: `total` is calculated on the server. */
const processor: PreviewProcessor = {
  processDataWrite(input) {
    const amount = typeof input.data.amount === 'number' ? input.data.amount : 0;
    input.data.total = amount * 2;
  },
};

interface Wire {
  /** PATCH requests that reached the server. */
  patches: number;
  /** Fail the next n PATCH requests as if the network were down. */
  failPatches: number;
  /** Bodies of the PATCH requests that reached the server. */
  bodies: string[];
  harness: PreviewHarness;
}

/**
 * A real client against the real preview server. Its `fetch` follows the current server (a restart
 * gets a new port) and can drop PATCH requests before they leave, like a lost connection.
 */
function connect(wire: Wire, store: PendingEditsStore, clock = manualClock()) {
  const client = createAppClient({
    baseUrl: 'http://preview.invalid',
    org: 'skjema',
    app: 'preview-fixture',
    language: 'nb',
    headers: () => ({ authorization: `Bearer ${wire.harness.token}` }),
    fetch: async (input, init) => {
      const url = String(input).replace('http://preview.invalid', wire.harness.server.url);
      if (init?.method === 'PATCH') {
        if (wire.failPatches > 0) {
          wire.failPatches--;
          throw new TypeError('fetch failed');
        }
        wire.patches++;
        wire.bodies.push(String(init.body));
      }
      return fetch(url, init);
    },
  });
  const app = createConnectedApp({ client, language: 'nb', pendingEdits: store, clock });
  return { app, clock };
}

const name = (form: ReturnType<typeof fakeForm>, change: (model: JsonModel) => void) => form.edit('model', change);

describe('connected layer against the preview server', () => {
  let wire: Wire;
  let dataDir: string;
  let store: PendingEditsStore;
  const open: { app: ConnectedApp; instance?: ConnectedInstance }[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'skjema-connected-'));
    wire = { patches: 0, failPatches: 0, bodies: [], harness: await PreviewHarness.start({ dataDir, processor }) };
  });
  afterEach(() => {
    for (const { app, instance } of open.splice(0)) {
      instance?.dispose();
      app.dispose();
    }
    wire.patches = 0;
    wire.failPatches = 0;
  });
  afterAll(async () => {
    await wire.harness.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function newInstance(
    pendingEdits: PendingEditsStore = (store = indexedDbPendingEditsStore({ databaseName: `db-${Math.random()}` })),
  ) {
    const connection = connect(wire, pendingEdits);
    const instance = await connection.app.createInstance(501337);
    open.push({ app: connection.app, instance });
    const element = instance.dataModels.get('model')!;
    const form = fakeForm({ model: element.model });
    instance.attach(form);
    return { ...connection, instance, form, elementId: element.dataElementId };
  }

  it('opens the entry, creates an instance in Task_1 with its form data', async () => {
    const { app } = connect(wire, indexedDbPendingEditsStore({ databaseName: 'entry' }));
    open.push({ app });
    const boot = await app.load();
    expect(boot.entry).toMatchObject({ kind: 'new-instance', party: { partyId: 501337 } });
    const instance = await app.createInstance(501337);
    open.push({ app, instance });
    expect(instance.process.currentTask?.elementId).toBe('Task_1');
    expect(instance.layoutSetId).toBe('form');
    expect([...instance.dataModels.keys()]).toEqual(['model']);
    const loaded = await app.loadLayoutSet('form');
    expect(loaded.layoutSet?.pageOrder.length).toBeGreaterThan(0);
    expect(Object.keys(loaded.layoutSet?.dataModelSchemas ?? {})).toEqual(['model']);
  });

  it('a 409 rebase keeps the server calculation, another writer’s change and the user’s concurrent edit', async () => {
    const { instance, form, elementId } = await newInstance();
    name(form, (model) => Object.assign(model, { name: 'First' }));
    await instance.save([{ dataType: 'model', data: form.read('model') }]);
    wire.patches = 0;
    // Another tab changes the same field (and a list) after this one saved.
    const other = await wire.harness.request('PATCH', `instances/${instance.instance.id}/data`, {
      body: {
        patches: [
          {
            dataElementId: elementId,
            patch: [
              { op: 'replace', path: '/name', value: 'Other tab' },
              { op: 'add', path: '/people', value: [{ firstName: 'Kari' }] },
            ],
          },
        ],
      },
    });
    expect(other.status).toBe(200);
    name(form, (model) => Object.assign(model, { name: 'Mine', amount: 5 }));
    await instance.save([{ dataType: 'model', data: form.read('model') }]);

    expect(wire.patches).toBe(2);
    const server = (await wire.harness.request<JsonModel>('GET', `instances/${instance.instance.id}/data/${elementId}`))
      .body;
    expect(server).toMatchObject({ name: 'Mine', amount: 5, total: 10, people: [{ firstName: 'Kari' }] });
    expect(form.models.model).toMatchObject({ name: 'Mine', amount: 5, total: 10, people: [{ firstName: 'Kari' }] });
    expect(instance.saveStatus).toBe('saved');
    expect(instance.hasUnsavedChanges()).toBe(false);
  });

  it('a save that fails three times and then succeeds loses nothing', async () => {
    const { instance, form, elementId, clock } = await newInstance();
    wire.failPatches = 3;
    name(form, (model) => Object.assign(model, { amount: 21 }));
    await expect(instance.save([{ dataType: 'model', data: form.read('model') }])).rejects.toThrow('fetch failed');
    expect(instance.saveStatus).toBe('offline');
    for (const wait of [1000, 2000, 4000]) {
      expect(clock.pending()).toContain(wait);
      clock.advance(wait);
      await settle();
      await instance.flush().catch(() => undefined);
    }
    expect(instance.saveStatus).toBe('saved');
    expect(wire.patches).toBe(1);
    const server = (await wire.harness.request<JsonModel>('GET', `instances/${instance.instance.id}/data/${elementId}`))
      .body;
    expect(server).toMatchObject({ amount: 21, total: 42 });
    expect(form.models.model).toMatchObject({ amount: 21, total: 42 });
    expect(await store.get(instance.instance.id, elementId)).toBeUndefined();
  });

  it('a server restart between two saves loses nothing (same data folder)', async () => {
    const { instance, form, elementId, clock } = await newInstance();
    name(form, (model) => Object.assign(model, { name: 'Before restart' }));
    await instance.save([{ dataType: 'model', data: form.read('model') }]);

    await wire.harness.close({ keepData: true });
    name(form, (model) => Object.assign(model, { amount: 3 }));
    await expect(instance.save([{ dataType: 'model', data: form.read('model') }])).rejects.toThrow();
    expect(instance.hasUnsavedChanges()).toBe(true);
    expect((await store.get(instance.instance.id, elementId))?.current).toMatchObject({ amount: 3 });

    wire.harness = await PreviewHarness.start({ dataDir, processor });
    clock.advance(1000);
    await settle();
    await instance.flush();
    const server = (await wire.harness.request<JsonModel>('GET', `instances/${instance.instance.id}/data/${elementId}`))
      .body;
    expect(server).toMatchObject({ name: 'Before restart', amount: 3, total: 6 });
    expect(instance.hasUnsavedChanges()).toBe(false);
  });

  it('a reload restores pending edits from the store and saves them', async () => {
    const pendingEdits = indexedDbPendingEditsStore({ databaseName: 'reload' });
    const first = await newInstance(pendingEdits);
    wire.failPatches = 1;
    // The user types; the save fails and the tab is closed before the retry.
    name(first.form, (model) => Object.assign(model, { name: 'Typed before the crash', amount: 4 }));
    await first.instance.save([{ dataType: 'model', data: first.form.read('model') }]).catch(() => undefined);
    first.instance.dispose();
    first.app.dispose();

    const reloaded = connect(wire, pendingEdits);
    const instance = await reloaded.app.openInstance(first.instance.instance.id);
    open.push({ app: reloaded.app, instance });
    expect(instance.dataModels.get('model')?.model).toMatchObject({ name: 'Typed before the crash', amount: 4 });
    await instance.flush();
    const server = (
      await wire.harness.request<JsonModel>('GET', `instances/${instance.instance.id}/data/${first.elementId}`)
    ).body;
    expect(server).toMatchObject({ name: 'Typed before the crash', amount: 4, total: 8 });
    expect(await pendingEdits.get(instance.instance.id, first.elementId)).toBeUndefined();
  });

  it('process next moves to the next task; the data of the left task is locked', async () => {
    const { instance, form } = await newInstance();
    name(form, (model) => Object.assign(model, { name: 'Ready', amount: 1 }));
    await instance.save([{ dataType: 'model', data: form.read('model') }]);
    const moved: string[] = [];
    instance.on('processMoved', ({ process }) => moved.push(process.currentTask?.elementId ?? 'end'));
    const result = await instance.processNext();
    expect(result.kind).toBe('moved');
    expect(moved).toHaveLength(1);
    expect(instance.instance.data.find((element) => element.dataType === 'model')?.locked).toBe(true);
  });

  it('with core’s scheduler, a burst of keystrokes within the quiet period is one PATCH of one change', async () => {
    const { instance, form, elementId } = await newInstance();
    const clock = manualClock();
    const scheduler = new SaveScheduler({
      save: (models) => instance.save(models),
      read: (dataType) => form.read(dataType),
      clock,
    });
    for (const text of ['O', 'Ol', 'Ola']) {
      name(form, (model) => Object.assign(model, { name: text }));
      scheduler.changed('model');
      clock.advance(100);
    }
    expect(wire.patches).toBe(0);
    clock.advance(400);
    await instance.flush();
    expect(wire.patches).toBe(1);
    const stored = await wire.harness.request<JsonModel>('GET', `instances/${instance.instance.id}/data/${elementId}`);
    expect(stored.body).toMatchObject({ name: 'Ola' });
    expect(JSON.parse(wire.bodies.at(-1)!).patches).toEqual([
      { dataElementId: elementId, patch: [{ op: 'add', path: '/name', value: 'Ola' }] },
    ]);
  });
});
