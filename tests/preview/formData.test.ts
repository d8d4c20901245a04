import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataPatchResponse, DataPatchResponseMultiple } from '../../src/wire/dataPatch.ts';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import { PreviewHarness } from './support/previewHarness.ts';

interface Person {
  altinnRowId?: string;
  firstName?: string;
}
interface Model {
  name?: string;
  amount?: number;
  people?: Person[];
}

describe('preview server: instances and form data', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    harness = await PreviewHarness.start();
  });
  afterAll(() => harness.closeKeepingContract());

  it('creates an instance in the first task with its form data auto-created, and reads it back with the owner party', async () => {
    const instance = await harness.createInstance();
    expect(instance.id).toMatch(/^501337\/[0-9a-f-]{36}$/);
    expect(instance.process?.currentTask?.elementId).toBe('Task_1');
    expect(instance.status).toMatchObject({ isArchived: false, readStatus: 1 });
    expect(instance.data.map((element) => element.dataType)).toEqual(['model']);
    const read = await harness.request<InstanceResponse>('GET', `instances/${instance.id}`);
    expect(read.status).toBe(200);
    expect(read.body.instanceOwner.party).toMatchObject({ partyId: 501337, name: 'Sophie Salt' });
    const active = await harness.request<{ id: string }[]>('GET', 'instances/501337/active');
    expect(active.body.map((entry) => entry.id)).toContain(instance.id);
  });

  it('prefills the auto-created form data from POST instances/create', async () => {
    const created = await harness.request<InstanceResponse>('POST', 'instances/create', {
      body: { instanceOwner: { partyId: '501337' }, prefill: { name: 'Ola', 'people[0].firstName': 'Kari' } },
    });
    expect(created.status).toBe(201);
    const element = PreviewHarness.element(created.body);
    const data = await harness.request<Model>('GET', `instances/${created.body.id}/data/${element.id}`);
    // Prefill paths have no list indexing (platform spec §2.3): the reference skips such a key.
    expect(data.body).toEqual({ name: 'Ola' });
  });

  it('gives array rows a stable altinnRowId when asked, and strips them otherwise', async () => {
    const instance = await harness.createInstance();
    const element = PreviewHarness.element(instance);
    const patch = [{ op: 'add', path: '/people', value: [{ firstName: 'A' }, { firstName: 'B' }] }];
    const saved = await harness.request<DataPatchResponse>('PATCH', `instances/${instance.id}/data/${element.id}`, {
      body: { patch },
    });
    expect(saved.status).toBe(200);
    const first = await harness.request<Model>('GET', `instances/${instance.id}/data/${element.id}?includeRowId=true`);
    const ids = first.body.people!.map((person) => person.altinnRowId);
    expect(ids.every((id) => /^[0-9a-f-]{36}$/.test(id ?? ''))).toBe(true);
    expect(new Set(ids).size).toBe(2);
    const second = await harness.request<Model>('GET', `instances/${instance.id}/data/${element.id}?includeRowId=true`);
    expect(second.body.people!.map((person) => person.altinnRowId)).toEqual(ids);
    const plain = await harness.request<Model>('GET', `instances/${instance.id}/data/${element.id}`);
    expect(plain.body.people).toEqual([{ firstName: 'A' }, { firstName: 'B' }]);
  });

  it('applies a multi-element PATCH and answers with the full new models, validation groups by source and the instance', async () => {
    const instance = await harness.createInstance();
    const element = PreviewHarness.element(instance);
    const response = await harness.request<DataPatchResponseMultiple>(
      'PATCH',
      `instances/${instance.id}/data?language=en`,
      {
        body: {
          patches: [{ dataElementId: element.id, patch: [{ op: 'add', path: '/amount', value: 5 }] }],
          ignoredValidators: ['DataAnnotations', 'Expression'],
        },
      },
    );
    expect(response.status).toBe(200);
    expect(response.body.newDataModels).toEqual([{ dataElementId: element.id, data: { amount: 5 } }]);
    const sources = response.body.validationIssues.map((group) => group.source);
    expect(sources).toContain('Required');
    expect(sources).not.toContain('DataAnnotations');
    expect(sources).not.toContain('Expression');
    const required = response.body.validationIssues.find((group) => group.source === 'Required')!;
    expect(required.issues).toEqual([
      expect.objectContaining({ severity: 1, field: 'name', dataElementId: element.id, source: 'Required' }),
    ]);
    expect(response.body.instance.id).toBe(instance.id);

    // Filling the field empties the group: the client clears what it showed from that source.
    const fixed = await harness.request<DataPatchResponseMultiple>('PATCH', `instances/${instance.id}/data`, {
      body: {
        patches: [{ dataElementId: element.id, patch: [{ op: 'add', path: '/name', value: 'Kari' }] }],
        ignoredValidators: [],
      },
    });
    expect(fixed.body.validationIssues.find((group) => group.source === 'Required')!.issues).toEqual([]);
  });

  it('answers a failed test operation with 409 and the server model, and changes nothing', async () => {
    const instance = await harness.createInstance();
    const element = PreviewHarness.element(instance);
    const url = `instances/${instance.id}/data/${element.id}`;
    await harness.request('PATCH', url, { body: { patch: [{ op: 'add', path: '/name', value: 'Server' }] } });
    const stale = await harness.request<Record<string, unknown>>('PATCH', url, {
      body: {
        patch: [
          { op: 'test', path: '/name', value: 'Old' },
          { op: 'replace', path: '/name', value: 'Client' },
        ],
      },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      title: 'Precondition in patch failed',
      status: 409,
      dataElementId: element.id,
      patchOperationIndex: 0,
      previousModel: { name: 'Server' },
    });
    expect((await harness.request<Model>('GET', url)).body).toEqual({ name: 'Server' });
  });

  it('answers another failed operation with 422 Patch Operation Failed naming its index', async () => {
    const instance = await harness.createInstance();
    const element = PreviewHarness.element(instance);
    const response = await harness.request<Record<string, unknown>>('PATCH', `instances/${instance.id}/data`, {
      body: {
        patches: [
          {
            dataElementId: element.id,
            patch: [
              { op: 'add', path: '/name', value: 'x' },
              { op: 'remove', path: '/missing/deep' },
            ],
          },
        ],
      },
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      title: 'Patch Operation Failed',
      patchOperationIndex: 1,
      dataElementId: element.id,
    });
    const data = await harness.request<Model>('GET', `instances/${instance.id}/data/${element.id}`);
    expect(data.body).toEqual({});
  });

  it('answers malformed JSON with 400 and an unknown element with 404', async () => {
    const instance = await harness.createInstance();
    const broken = await harness.request<{ detail: string }>('PATCH', `instances/${instance.id}/data`, {
      raw: '{"patches": [',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.detail).toMatch(/not valid JSON/);
    const unknown = await harness.request(
      'PATCH',
      `instances/${instance.id}/data/00000000-0000-0000-0000-000000000000`,
      {
        body: { patch: [] },
      },
    );
    expect(unknown.status).toBe(404);
  });

  it('soft-deletes an instance, which then is no longer active', async () => {
    const instance = await harness.createInstance();
    const deleted = await harness.request<InstanceResponse>('DELETE', `instances/${instance.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.status?.isSoftDeleted).toBe(true);
    const active = await harness.request<{ id: string }[]>('GET', 'instances/501337/active');
    expect(active.body.map((entry) => entry.id)).not.toContain(instance.id);
  });

  it('creates an instance from multipart/form-data: the template, form data as JSON and a file', async () => {
    const form = new FormData();
    form.append('instance', JSON.stringify({ instanceOwner: { partyId: '501337' } }));
    form.append('model', JSON.stringify({ name: 'From multipart', people: [{ firstName: 'Kari' }] }));
    form.append('attachments', new Blob(['%PDF-1.4 part'], { type: 'application/pdf' }), 'part.pdf');
    const request = new Request('http://x/', { method: 'POST', body: form });
    const created = await harness.request<InstanceResponse>('POST', 'instances', {
      raw: Buffer.from(await request.arrayBuffer()),
      headers: { 'content-type': request.headers.get('content-type')! },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.map((element) => element.dataType).sort()).toEqual(['attachments', 'model']);
    const model = PreviewHarness.element(created.body);
    const data = await harness.request<Model>('GET', `instances/${created.body.id}/data/${model.id}`);
    expect(data.body).toEqual({ name: 'From multipart', people: [{ firstName: 'Kari' }] });
    const file = PreviewHarness.element(created.body, 'attachments');
    expect((await harness.request('GET', `instances/${created.body.id}/data/${file.id}`)).text).toBe('%PDF-1.4 part');

    const unknownPart = new FormData();
    unknownPart.append('instance', JSON.stringify({ instanceOwner: { partyId: '501337' } }));
    unknownPart.append('nonsense', '{}');
    const bad = new Request('http://x/', { method: 'POST', body: unknownPart });
    const refused = await harness.request<{ detail: string }>('POST', 'instances', {
      raw: Buffer.from(await bad.arrayBuffer()),
      headers: { 'content-type': bad.headers.get('content-type')! },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toMatch(/"nonsense" names no data type/);
  });

  it('refuses a code list id that would leave App/options', async () => {
    const response = await harness.request(
      'GET',
      `api/options/${encodeURIComponent('../../config/applicationmetadata')}`,
      { token: null },
    );
    expect(response.status).toBe(404);
    expect(response.text).not.toContain('dataTypes');
  });
});
