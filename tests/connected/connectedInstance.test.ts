import { describe, expect, it } from 'vitest';
import { AppApiError } from '../../src/client/index.ts';
import {
  createConnectedApp,
  memoryPendingEditsStore,
  type ConnectedClient,
  type ConnectedEvents,
} from '../../src/connected/index.ts';
import type {
  AppProcessState,
  ApplicationMetadata,
  DataElement,
  Instance,
  ValidationIssueWithSource,
} from '../../src/wire/index.ts';
import { fakeForm, manualClock, scriptedServer, settle } from './support.ts';

const ID = '501337/11111111-2222-3333-4444-555555555555';
const metadata: ApplicationMetadata = {
  id: 'ttd/app',
  org: 'ttd',
  dataTypes: [
    { id: 'model', appLogic: { classRef: 'App.Model' }, taskId: 'Task_1' },
    { id: 'files', taskId: 'Task_1', validationErrorOnPendingFileScan: true },
    { id: 'other-files', taskId: 'Task_1' },
  ],
};
const process: AppProcessState = {
  currentTask: { elementId: 'Task_1', altinnTaskType: 'data', write: true },
};
const element = (id: string, dataType: string, extra: Partial<DataElement> = {}): DataElement => ({
  id,
  instanceGuid: 'g',
  dataType,
  contentType: 'application/json',
  locked: false,
  ...extra,
});
const issue = (source: string, field: string): ValidationIssueWithSource => ({ severity: 1, source, field, code: 'x' });

/** A scripted backend for one instance: counts calls, lets tests change what it answers. */
function scripted() {
  const server = scriptedServer({ el1: { name: '' } });
  let instance: Instance = {
    id: ID,
    appId: 'ttd/app',
    org: 'ttd',
    instanceOwner: { partyId: '501337' },
    data: [element('el1', 'model')],
  };
  const calls: string[] = [];
  const patchIssues: { source: string; issues: ValidationIssueWithSource[] }[][] = [];
  const client = {
    getApplicationMetadata: async () => metadata,
    getLayoutSets: async () => ({ sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] }),
    getInstance: async () => {
      calls.push('getInstance');
      return structuredClone(instance);
    },
    getProcess: async () => process,
    getDataElement: async (_id: string, dataElementId: string) => structuredClone(server.models.get(dataElementId)),
    patchDataMultiple: async (id: string, request: Parameters<ConnectedClient['patchDataMultiple']>[1]) => {
      const response = await server.patchDataMultiple(id, request);
      return { ...response, instance, validationIssues: patchIssues.shift() ?? [] };
    },
    validateInstance: async () => [issue('Custom', 'name'), issue('Other', 'name')],
    processNext: async () => {
      calls.push('processNext');
      throw new AppApiError({
        status: 409,
        method: 'PUT',
        url: '/process/next',
        body: { title: 'Validation failed for task', validationIssues: [issue('Required', 'name')] },
      });
    },
    uploadAttachment: async (_id: string, dataType: string, _file: Blob, options: { filename: string }) => {
      calls.push(`upload ${options.filename}`);
      const added = element(`file-${instance.data.length}`, dataType, {
        filename: options.filename,
        fileScanResult: 'Pending',
      });
      instance = { ...instance, data: [...instance.data, added] };
      return { newDataElementId: added.id, instance, validationIssues: [], newDataModels: [] };
    },
    setTags: async (_id: string, _element: string, tags: string[]) => ({ tags, validationIssues: [] }),
    deleteDataElement: async (_id: string, dataElementId: string) => {
      instance = { ...instance, data: instance.data.filter((candidate) => candidate.id !== dataElementId) };
      return { instance, validationIssues: [], newDataModels: [] };
    },
  } as unknown as ConnectedClient;
  return {
    client,
    server,
    calls,
    patchIssues,
    setScan: (id: string, result: DataElement['fileScanResult']) => {
      instance = {
        ...instance,
        data: instance.data.map((candidate) =>
          candidate.id === id ? { ...candidate, fileScanResult: result } : candidate,
        ),
      };
    },
  };
}

async function open(backend = scripted(), pendingEdits = memoryPendingEditsStore()) {
  const clock = manualClock();
  const app = createConnectedApp({
    client: backend.client,
    pendingEdits,
    clock,
    scanPollMs: 5000,
  });
  const instance = await app.openInstance(ID);
  const events: { [E in keyof ConnectedEvents]?: ConnectedEvents[E][] } = {};
  for (const name of ['validationChanged', 'dataSaved', 'saveFailed', 'instanceChanged'] as const) {
    instance.on(name, (payload) => ((events[name] ??= []) as unknown[]).push(payload));
  }
  return { ...backend, clock, app, instance, events };
}

describe('ConnectedInstance', () => {
  it('replaces backend issues by source: a PATCH group replaces its source, an empty group clears it', async () => {
    const { instance, patchIssues, events } = await open();
    const form = fakeForm({ model: instance.dataModels.get('model')!.model });
    instance.attach(form);
    patchIssues.push(
      [{ source: 'Custom', issues: [issue('Custom', 'name')] }],
      [
        { source: 'Custom', issues: [] },
        { source: 'Second', issues: [issue('Second', 'x')] },
      ],
    );
    form.edit('model', (model) => (model.name = 'a'));
    await instance.save([{ dataType: 'model', data: form.read('model') }]);
    expect(instance.backendIssues.map((i) => i.source)).toEqual(['Custom']);
    form.edit('model', (model) => (model.name = 'ab'));
    await instance.save([{ dataType: 'model', data: form.read('model') }]);
    expect(instance.backendIssues.map((i) => i.source)).toEqual(['Second']);
    expect(events.validationChanged).toHaveLength(2);
    expect(events.dataSaved).toHaveLength(2);
  });

  it('validate replaces every source; a blocked process next reports its issues', async () => {
    const { instance, events } = await open();
    expect((await instance.validate()).map((i) => i.source)).toEqual(['Custom', 'Other']);
    const result = await instance.processNext();
    expect(result).toEqual({ kind: 'blocked', issues: [issue('Required', 'name')] });
    expect(instance.backendIssues.map((i) => i.source)).toEqual(['Required']);
    expect(events.validationChanged).toHaveLength(2);
  });

  it('polls the instance while a virus scan is pending, and stops once it settles', async () => {
    const { instance, clock, calls, setScan } = await open();
    const uploaded = await instance.attachments.upload('files', new Blob(['x']), 'a.pdf', { tags: ['receipt'] });
    expect(uploaded).toMatchObject({ filename: 'a.pdf', tags: ['receipt'], fileScanResult: 'Pending' });
    expect(instance.submitBlockers()).toEqual([
      { dataElementId: uploaded.id, dataType: 'files', filename: 'a.pdf', reason: 'scan-pending' },
    ]);
    clock.advance(5000);
    await settle();
    expect(calls.filter((call) => call === 'getInstance')).toHaveLength(2);
    setScan(uploaded.id, 'Infected');
    clock.advance(5000);
    await settle();
    expect(instance.submitBlockers()).toMatchObject([{ reason: 'infected' }]);
    clock.advance(50_000);
    await settle();
    expect(calls.filter((call) => call === 'getInstance')).toHaveLength(3);
    await instance.attachments.delete(uploaded.id);
    expect(instance.submitBlockers()).toEqual([]);
  });

  it('an infected file or a pending scan the data type waits for blocks process next without asking the server; reject still moves', async () => {
    const { instance, calls, setScan } = await open();
    const uploaded = await instance.attachments.upload('files', new Blob(['x']), 'a.pdf');
    const pending = await instance.processNext();
    expect(pending).toMatchObject({
      kind: 'blocked',
      issues: [
        {
          severity: 1,
          code: 'DataElementFileScanPending',
          field: 'files',
          customTextKey: 'submit_blocked.scan_pending',
        },
      ],
    });
    setScan(uploaded.id, 'Infected');
    const infected = await instance.processNext();
    expect(infected).toMatchObject({
      kind: 'blocked',
      issues: [{ code: 'DataElementFileInfected', customTextParameters: { filename: 'a.pdf' } }],
    });
    expect(calls.filter((call) => call === 'processNext')).toHaveLength(0);
    await instance.processNext('reject');
    expect(calls.filter((call) => call === 'processNext')).toHaveLength(1);
  });

  it('a pending scan blocks only for data types with validationErrorOnPendingFileScan', async () => {
    const { instance } = await open();
    await instance.attachments.upload('other-files', new Blob(['x']), 'b.png');
    expect(instance.attachments.list().map((file) => file.filename)).toEqual(['b.png']);
    expect(instance.submitBlockers()).toEqual([]);
  });

  it('an upload waits for the running save first', async () => {
    const { instance, calls, server } = await open();
    const form = fakeForm({ model: instance.dataModels.get('model')!.model });
    instance.attach(form);
    const patch = server.patchDataMultiple;
    server.patchDataMultiple = async (...args) => {
      calls.push('patch');
      return patch(...args);
    };
    form.edit('model', (model) => (model.name = 'x'));
    const saving = instance.save([{ dataType: 'model', data: form.read('model') }]);
    await instance.attachments.upload('files', new Blob(['x']), 'c.pdf');
    await saving;
    expect(calls.filter((call) => call !== 'getInstance')).toEqual(['patch', 'upload c.pdf']);
  });

  it('restores a pending edit on top of what another tab saved meanwhile, and saves the merge', async () => {
    const backend = scripted();
    const pendingEdits = memoryPendingEditsStore();
    backend.server.models.set('el1', { name: '', city: 'Oslo (other tab)' });
    await pendingEdits.put({
      instanceId: ID,
      dataElementId: 'el1',
      dataType: 'model',
      base: { name: '' },
      current: { name: 'Typed before the reload' },
      savedAt: 0,
    });
    const { instance } = await open(backend, pendingEdits);
    expect(instance.dataModels.get('model')?.model).toEqual({
      name: 'Typed before the reload',
      city: 'Oslo (other tab)',
    });
    await instance.flush();
    expect(backend.server.models.get('el1')).toEqual({ name: 'Typed before the reload', city: 'Oslo (other tab)' });
    expect(await pendingEdits.get(ID, 'el1')).toBeUndefined();
  });

  it('process next does not run while changes cannot be saved', async () => {
    const { instance, server } = await open();
    const form = fakeForm({ model: instance.dataModels.get('model')!.model });
    instance.attach(form);
    const refuse = () => {
      throw new AppApiError({ status: 403, method: 'PATCH', url: '/data' });
    };
    // Refused by the save and again by the flush that process next starts with.
    server.failNext.push(refuse, refuse);
    form.edit('model', (model) => (model.name = 'x'));
    await instance.save([{ dataType: 'model', data: form.read('model') }]).catch(() => undefined);
    const result = await instance.processNext();
    expect(result.kind).toBe('error');
    if (result.kind === 'error') expect(result.message).toMatch(/Unsaved changes could not be saved.*403/);
    expect(instance.saveStatus).toBe('error');
    expect(server.requests).toHaveLength(2);
  });

  it('the app hears the events of the instances it opened', async () => {
    const backend = scripted();
    const app = createConnectedApp({ client: backend.client, clock: manualClock() });
    const heard: string[] = [];
    app.on('validationChanged', ({ issues }) => heard.push(issues.map((i) => i.source).join()));
    const instance = await app.openInstance(ID);
    await instance.validate();
    expect(heard).toEqual(['Custom,Other']);
  });

  it('form data that is not a JSON object fails the open with a message naming the element', async () => {
    const backend = scripted();
    backend.client.getDataElement = async () => '<model/>';
    await expect(open(backend)).rejects.toThrow(
      /Form data el1 \("model"\) of instance 501337\/.* is not a JSON object/,
    );
  });

  it('readModel gives the current task’s model as the form holds it, and other models as stored', async () => {
    const backend = scripted();
    backend.server.models.set('old', { earlier: 'task' });
    const { instance } = await open(backend);
    instance.instance.data.push(element('old', 'earlier-model', { locked: true }));
    const form = fakeForm({ model: instance.dataModels.get('model')!.model });
    instance.attach(form);
    form.edit('model', (model) => (model.name = 'typed'));
    expect(await instance.readModel?.('model')).toEqual({ name: 'typed' });
    expect(await instance.readModel?.('earlier-model')).toEqual({ earlier: 'task' });
    expect(await instance.readModel?.('missing')).toBeUndefined();
  });

  it('drops a kept edit the server already has, so it cannot later overwrite another writer', async () => {
    const backend = scripted();
    const pendingEdits = memoryPendingEditsStore();
    backend.server.models.set('el1', { name: 'saved after all' });
    await pendingEdits.put({
      instanceId: ID,
      dataElementId: 'el1',
      dataType: 'model',
      base: { name: '' },
      current: { name: 'saved after all' },
      savedAt: 0,
    });
    const { instance } = await open(backend, pendingEdits);
    expect(instance.hasUnsavedChanges()).toBe(false);
    expect(await pendingEdits.get(ID, 'el1')).toBeUndefined();
    expect(backend.server.requests).toHaveLength(0);
  });

  it('closing the instance during a save rejects the waiting save; the edit stays in the store', async () => {
    const backend = scripted();
    const pendingEdits = memoryPendingEditsStore();
    const { instance, server } = await open(backend, pendingEdits);
    const patch = server.patchDataMultiple;
    let release = () => {};
    server.patchDataMultiple = (...args) => new Promise((resolve) => (release = () => resolve(patch(...args))));
    const saving = instance.save([{ dataType: 'model', data: { name: 'in flight' } }]);
    await settle();
    instance.dispose();
    await expect(saving).rejects.toThrow(/closed before its changes were saved/);
    release();
    await settle();
    expect((await pendingEdits.get(ID, 'el1'))?.current).toEqual({ name: 'in flight' });
  });
});
