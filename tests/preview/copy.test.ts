import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import { PreviewHarness } from './support/previewHarness.ts';
import { editJson, SERVICE_APP, serviceVariant, ServiceSteps } from './support/serviceFixture.ts';

interface Settings {
  copyInstanceSettings: Record<string, unknown>;
}

describe('preview server: a new copy of a submitted instance', () => {
  let harness: PreviewHarness;
  let steps: ServiceSteps;
  let failStart = false;
  beforeAll(async () => {
    harness = await PreviewHarness.start({
      appDir: SERVICE_APP,
      processor: {
        onTaskStart: () => {
          if (failStart) throw new Error('the start hook fails on purpose');
        },
      },
    });
    steps = new ServiceSteps(harness);
  });
  afterAll(async () => {
    await harness.closeKeepingContract();
  });

  /** A submitted instance of Sophie's with filled forms and a file. */
  async function submitted(): Promise<InstanceResponse> {
    const instance = await harness.createInstance();
    await steps.patch(instance, 'model', [
      { op: 'add', path: '/applicant/note', value: 'Som sist' },
      { op: 'remove', path: '/applicant/street' },
      { op: 'add', path: '/amount', value: 3 },
    ]);
    await steps.patch(instance, 'notes', [{ op: 'replace', path: '/text', value: 'Kladd' }]);
    await steps.upload(instance, 'attachments', 'vedlegg.pdf', 'vedlegg');
    await steps.submit(instance);
    return instance;
  }

  it('copies the first task’s form data with POST instances/create, minus excluded types and fields, with prefill run again', async () => {
    const source = await submitted();
    const copied = await harness.request<InstanceResponse>('POST', 'instances/create', {
      body: { instanceOwner: { partyId: '501337' }, sourceInstanceId: source.id },
    });
    expect(copied.status).toBe(201);
    expect(copied.body.id).not.toBe(source.id);
    expect(copied.body.status?.isArchived).toBe(false);
    expect(copied.body.process?.currentTask?.elementId).toBe('Task_1');
    expect(copied.body.data.map((element) => element.dataType).sort()).toEqual(['model', 'notes']);
    const model = await steps.model(copied.body);
    // The note is copied; the excluded "Amount" is reset; the street the user removed comes back from the register.
    expect(model.applicant).toMatchObject({ note: 'Som sist', street: 'Grensen', lastName: 'Salt' });
    expect(model.amount).toBeUndefined();
    // "notes" is excluded: the first task auto-creates a fresh one.
    expect((await steps.model(copied.body, 'notes')).text).toBe('SophieDDG');
    expect(copied.body.presentationTexts).toEqual({ applicant: 'Sophie Salt' });
    // The source is untouched.
    expect((await steps.read(source.id)).body.status?.isArchived).toBe(true);
  });

  it('answers the inbox’s copy link with 302 to the new instance’s page', async () => {
    const source = await submitted();
    const response = await harness.request('GET', `legacy/instances/${source.id}/copy`);
    expect(response.status).toBe(302);
    const location = response.headers.get('location') ?? '';
    const match = /\/skjema\/service-fixture\/#\/instance\/(501337\/[0-9a-f-]{36})$/.exec(location);
    expect(match).not.toBeNull();
    const created = await steps.read(match![1]!);
    expect(created.status).toBe(200);
    expect((await steps.model(created.body)).applicant).toMatchObject({ note: 'Som sist' });
  });

  it('refuses a copy that is not allowed, saying why', async () => {
    const active = await harness.createInstance();
    const notArchived = await harness.request<{ detail: string }>('POST', 'instances/create', {
      body: { instanceOwner: { partyId: '501337' }, sourceInstanceId: active.id },
    });
    expect(notArchived.status).toBe(400);
    expect(notArchived.body.detail).toContain('not archived');

    const source = await submitted();
    const otherParty = await harness.request<{ detail: string }>('POST', 'instances/create', {
      body: { instanceOwner: { partyId: '500000' }, sourceInstanceId: source.id },
    });
    expect(otherParty.status).toBe(400);
    expect(otherParty.body.detail).toContain('same party');

    const stranger = await harness.request('GET', `legacy/instances/${source.id}/copy`, {
      token: await harness.tokenFor(12345),
    });
    expect(stranger.status).toBe(403);

    const org = await (await fetch(`${harness.server.url}/Home/GetTestOrgToken/skjema`)).text();
    const serviceOwner = await harness.request<{ detail: string }>('GET', `legacy/instances/${source.id}/copy`, {
      token: org,
    });
    expect(serviceOwner.status).toBe(403);
    expect(serviceOwner.body.detail).toContain('Only a user');
  });

  it('leaves nothing behind when creating the copy fails', async () => {
    const source = await submitted();
    const before = await harness.request<unknown[]>('GET', 'instances/501337/active');
    failStart = true;
    try {
      const failed = await harness.request<{ detail: string }>('GET', `legacy/instances/${source.id}/copy`);
      expect(failed.status).toBe(500);
      expect(failed.body.detail).toContain('onTaskStart');
    } finally {
      failStart = false;
    }
    const after = await harness.request<unknown[]>('GET', 'instances/501337/active');
    expect(after.body).toEqual(before.body);
  });
});

describe('preview server: copy settings', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  async function withSettings(settings: Record<string, unknown>, test: (harness: PreviewHarness) => Promise<void>) {
    const appDir = serviceVariant('copy', (dir) =>
      editJson<Settings>(dir, 'App/config/applicationmetadata.json', (metadata) => {
        metadata.copyInstanceSettings = settings;
      }),
    );
    dirs.push(appDir);
    const harness = await PreviewHarness.start({ appDir });
    try {
      await test(harness);
    } finally {
      await harness.close();
    }
  }

  it('copies the first task’s files with includeAttachments', async () => {
    await withSettings({ enabled: true, includeAttachments: true }, async (harness) => {
      const steps = new ServiceSteps(harness);
      const source = await harness.createInstance();
      await steps.upload(source, 'attachments', 'kvittering.pdf', 'innhold');
      await steps.submit(source);
      const copied = await harness.request<InstanceResponse>('POST', 'instances/create', {
        body: { instanceOwner: { partyId: '501337' }, sourceInstanceId: source.id },
      });
      expect(copied.status).toBe(201);
      const file = PreviewHarness.element(copied.body, 'attachments');
      expect(copied.body.data.find((element) => element.id === file.id)).toMatchObject({
        filename: 'kvittering.pdf',
        contentType: 'application/pdf',
      });
      const download = await harness.request('GET', `instances/${copied.body.id}/data/${file.id}`);
      expect(download.text).toBe('%PDF-1.4 innhold');
      expect(copied.body.data.filter((element) => element.dataType === 'notes')).toHaveLength(1);
    });
  });

  it('answers 400 when the app does not enable copies', async () => {
    await withSettings({ enabled: false }, async (harness) => {
      const source = await harness.createInstance();
      await new ServiceSteps(harness).submit(source);
      const refused = await harness.request<{ detail: string }>('GET', `legacy/instances/${source.id}/copy`);
      expect(refused.status).toBe(400);
      expect(refused.body.detail).toContain('copyInstanceSettings.enabled');
    });
  });
});
