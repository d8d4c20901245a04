import { describe, expect, it } from 'vitest';
import { AppApiError } from '../../src/client/index.ts';
import { memoryPendingEditsStore, type SaveStatus } from '../../src/connected/index.ts';
import { SaveQueue } from '../../src/connected/save/saveQueue.ts';
import { fakeForm, manualClock, scriptedServer, settle } from './support.ts';

const INSTANCE = '1337/aaaaaaaa-0000-0000-0000-000000000000';

function setup(initial: Record<string, unknown> = { form: { name: '', total: 0, note: '' } }) {
  const server = scriptedServer({ el1: initial });
  const clock = manualClock();
  const store = memoryPendingEditsStore();
  const statuses: SaveStatus[] = [];
  const failures: string[] = [];
  const form = fakeForm({ model: initial });
  const queue = new SaveQueue({
    instanceId: INSTANCE,
    client: server,
    language: () => 'nb',
    store,
    clock,
    maxRebases: 3,
    port: () => form,
    onStatus: (status) => statuses.push(status),
    onSaved: () => undefined,
    onFailed: (_error, message) => failures.push(message),
  });
  queue.track({ dataType: 'model', dataElementId: 'el1', lastSaved: initial, desired: initial, locked: false });
  /** The form holds what it saves, as with the scheduler reading the form. */
  const saveModel = (data: Record<string, unknown>) => {
    form.models.model = structuredClone(data);
    return queue.save([{ dataType: 'model', data }]);
  };
  return { server, clock, store, statuses, failures, queue, form, saveModel };
}

const withName = (name: string, extra: Record<string, unknown> = {}) => ({
  form: { name, total: 0, note: '', ...extra },
});

describe('SaveQueue', () => {
  it('sends only the change, with a test op and the reference ignoredValidators, and reports saved', async () => {
    const { server, queue, statuses, store, saveModel } = setup();
    await saveModel(withName('Ola'));
    expect(server.requests).toEqual([
      {
        patches: [
          {
            dataElementId: 'el1',
            patch: [
              { op: 'test', path: '/form/name', value: '' },
              { op: 'replace', path: '/form/name', value: 'Ola' },
            ],
          },
        ],
        ignoredValidators: ['DataAnnotations', 'Required', 'Expression'],
      },
    ]);
    expect(statuses).toEqual(['saving', 'saved']);
    await queue.settled();
    expect(await store.get(INSTANCE, 'el1')).toBeUndefined();
  });

  it('sends nothing for a model that did not change', async () => {
    const { server, saveModel } = setup();
    await saveModel(withName(''));
    expect(server.requests).toHaveLength(0);
  });

  it('never sends two PATCHes at once: a save during a save waits and goes next', async () => {
    const { server, saveModel } = setup();
    let inFlight = 0;
    let most = 0;
    const patch = server.patchDataMultiple;
    server.patchDataMultiple = async (...args) => {
      most = Math.max(most, ++inFlight);
      await settle(2);
      try {
        return await patch(...args);
      } finally {
        inFlight--;
      }
    };
    const first = saveModel(withName('A'));
    const second = saveModel(withName('AB'));
    await Promise.all([first, second]);
    expect(most).toBe(1);
    expect(server.requests).toHaveLength(2);
    expect(server.models.get('el1')).toEqual(withName('AB'));
  });

  it('merges a server calculation into the form without losing what the user typed during the save', async () => {
    const { server, queue, form } = setup();
    server.calculate = (_id, model) => {
      (model.form as Record<string, unknown>).total = 42;
    };
    const patch = server.patchDataMultiple;
    server.patchDataMultiple = async (...args) => {
      // The user types in another field while the request is on its way.
      form.edit('model', (model) => ((model.form as Record<string, unknown>).note = 'typing'));
      return patch(...args);
    };
    form.edit('model', (model) => ((model.form as Record<string, unknown>).name = 'Ola'));
    await queue.save([{ dataType: 'model', data: form.read('model') }]);
    expect(form.models.model).toEqual({ form: { name: 'Ola', total: 42, note: 'typing' } });
    expect(queue.hasUnsavedChanges()).toBe(true);
    // The typing is not handed to the queue yet: not "saved".
    expect(queue.status).toBe('pending');
  });

  it('a server change to other fields needs no rebase: the patch applies and the answer brings it in', async () => {
    const { server, queue, form } = setup();
    server.models.set('el1', { form: { name: '', total: 7, note: 'server' } });
    form.edit('model', (model) => ((model.form as Record<string, unknown>).name = 'Ola'));
    await queue.save([{ dataType: 'model', data: form.read('model') }]);
    expect(server.requests).toHaveLength(1);
    expect(form.models.model).toEqual({ form: { name: 'Ola', total: 7, note: 'server' } });
  });

  it('rebases on a 409: keeps the server changes made meanwhile and the user edit, then saves', async () => {
    const { server, queue, form } = setup();
    // Someone else changed the same field (and others) on the server since we loaded it.
    server.models.set('el1', { form: { name: 'Theirs', total: 7, note: 'server' } });
    form.edit('model', (model) => ((model.form as Record<string, unknown>).name = 'Ola'));
    await queue.save([{ dataType: 'model', data: form.read('model') }]);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.patches[0]?.patch[0]).toEqual({ op: 'test', path: '/form/name', value: 'Theirs' });
    expect(server.models.get('el1')).toEqual({ form: { name: 'Ola', total: 7, note: 'server' } });
    expect(form.models.model).toEqual({ form: { name: 'Ola', total: 7, note: 'server' } });
    expect(queue.status).toBe('saved');
  });

  it('gives up after three rebases with status error, keeping the data', async () => {
    const { server, queue, statuses, store, failures, saveModel } = setup();
    let version = 0;
    const patch = server.patchDataMultiple;
    server.patchDataMultiple = async (...args) => {
      // Another writer changes `name` before every one of our requests.
      server.models.set('el1', withName(`other ${version++}`));
      return patch(...args);
    };
    await expect(saveModel(withName('mine'))).rejects.toThrow(/409/);
    expect(server.requests).toHaveLength(4);
    expect(statuses.at(-1)).toBe('error');
    expect(failures).toHaveLength(1);
    await queue.settled();
    expect((await store.get(INSTANCE, 'el1'))?.current).toEqual(withName('mine'));
    expect(queue.hasUnsavedChanges()).toBe(true);
  });

  it('retries a network failure with exponential backoff (1 s, 2 s, 4 s) and loses nothing', async () => {
    const { server, queue, clock, statuses, store, saveModel } = setup();
    const offline = () => {
      throw new AppApiError({ status: 0, method: 'PATCH', url: '/data', message: 'fetch failed' });
    };
    server.failNext.push(offline, offline, offline);
    await expect(saveModel(withName('Ola'))).rejects.toThrow('fetch failed');
    expect(queue.status).toBe('offline');
    await queue.settled();
    expect((await store.get(INSTANCE, 'el1'))?.current).toEqual(withName('Ola'));

    expect(clock.pending()).toEqual([1000]);
    clock.advance(999);
    await settle();
    expect(server.requests).toHaveLength(1);
    clock.advance(1);
    await settle();
    expect(server.requests).toHaveLength(2);
    expect(clock.pending()).toEqual([2000]);
    clock.advance(2000);
    await settle();
    expect(clock.pending()).toEqual([4000]);
    clock.advance(4000);
    await settle();
    expect(server.requests).toHaveLength(4);
    expect(queue.status).toBe('saved');
    expect(statuses).toEqual(['saving', 'offline', 'saving', 'offline', 'saving', 'offline', 'saving', 'saved']);
    expect(server.models.get('el1')).toEqual(withName('Ola'));
    await queue.settled();
    expect(await store.get(INSTANCE, 'el1')).toBeUndefined();
  });

  it('caps the backoff at 30 s', async () => {
    const { server, queue, clock, saveModel } = setup();
    const fail = () => {
      throw new AppApiError({ status: 503, method: 'PATCH', url: '/data' });
    };
    for (let i = 0; i < 8; i++) server.failNext.push(fail);
    await saveModel(withName('x')).catch(() => undefined);
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      waits.push(clock.pending()[0]!);
      clock.advance(clock.pending()[0]!);
      await settle();
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(queue.status).toBe('error');
  });

  it('edits made while offline wait for the retry instead of hammering the server, and are all sent', async () => {
    const { server, clock, saveModel } = setup();
    server.failNext.push(() => {
      throw new TypeError('fetch failed');
    });
    await saveModel(withName('a')).catch(() => undefined);
    await saveModel(withName('ab')).catch(() => undefined);
    await saveModel(withName('abc')).catch(() => undefined);
    expect(server.requests).toHaveLength(1);
    clock.advance(1000);
    await settle();
    expect(server.requests).toHaveLength(2);
    expect(server.models.get('el1')).toEqual(withName('abc'));
  });

  it('a 4xx other than 409 sets status error with the message and does not retry on its own', async () => {
    const { server, queue, clock, failures, saveModel } = setup();
    server.failNext.push(() => {
      throw new AppApiError({ status: 403, method: 'PATCH', url: '/data' });
    });
    await expect(saveModel(withName('x'))).rejects.toThrow(/403/);
    expect(queue.status).toBe('error');
    expect(queue.error).toMatch(/403 Forbidden/);
    expect(failures).toHaveLength(1);
    expect(clock.pending()).toEqual([]);
    await settle();
    expect(server.requests).toHaveLength(1);
    // The next change tries again.
    await saveModel(withName('xy'));
    expect(server.models.get('el1')).toEqual(withName('xy'));
  });

  it('writes every user change to the pending-edits store until it is saved', async () => {
    const { queue, form, store } = setup();
    form.subscribe((dataType) => queue.noteChange(dataType));
    form.edit('model', (model) => ((model.form as Record<string, unknown>).name = 'O'));
    form.edit('model', (model) => ((model.form as Record<string, unknown>).name = 'Ol'));
    await queue.settled();
    const edit = await store.get(INSTANCE, 'el1');
    expect(edit?.current).toEqual(withName('Ol'));
    expect(edit?.base).toEqual(withName(''));
    expect(queue.status).toBe('pending');
    expect(queue.hasUnsavedChanges()).toBe(true);
    await queue.save([{ dataType: 'model', data: form.read('model') }]);
    await queue.settled();
    expect(await store.get(INSTANCE, 'el1')).toBeUndefined();
    expect(queue.hasUnsavedChanges()).toBe(false);
  });

  it('refuses a save for a data type the task has no writable element of', async () => {
    const { queue } = setup();
    await expect(queue.save([{ dataType: 'other', data: {} }])).rejects.toThrow(/other/);
  });

  it('a change back to the saved model (an undo, or a server write echoed by the form) leaves nothing pending', async () => {
    const { queue, form, store, statuses, server } = setup();
    form.subscribe((dataType) => queue.noteChange(dataType));
    form.edit('model', (model) => ((model.form as Record<string, unknown>).name = 'typo'));
    await queue.settled();
    expect(await store.get(INSTANCE, 'el1')).toBeDefined();
    form.edit('model', (model) => ((model.form as Record<string, unknown>).name = ''));
    await queue.settled();
    expect(await store.get(INSTANCE, 'el1')).toBeUndefined();
    expect(statuses).toEqual(['pending', 'saved']);
    expect(queue.hasUnsavedChanges()).toBe(false);
    await queue.save([{ dataType: 'model', data: form.read('model') }]);
    expect(server.requests).toHaveLength(0);
  });
});
