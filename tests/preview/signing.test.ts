import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import type { AppProcessState } from '../../src/wire/process.ts';
import { PreviewHarness } from './support/previewHarness.ts';
import { signingFixture } from './support/signingFixture.ts';

describe('preview server: the sign action (a stand-in for signing)', () => {
  let appDir: string;
  let harness: PreviewHarness;
  beforeAll(async () => {
    appDir = signingFixture('signing');
    harness = await PreviewHarness.start({ appDir });
  });
  afterAll(async () => {
    rmSync(appDir, { recursive: true, force: true });
    await harness.closeKeepingContract();
  });

  it('records who signed which data elements, then process/next with sign ends the process', async () => {
    const instance = await harness.createInstance();
    const model = PreviewHarness.element(instance);
    await harness.request('PATCH', `instances/${instance.id}/data/${model.id}`, {
      body: { patch: [{ op: 'add', path: '/name', value: 'Kari' }] },
    });
    const next = await harness.request<AppProcessState>('PUT', `instances/${instance.id}/process/next`);
    expect(next.body.currentTask).toMatchObject({
      elementId: 'Task_2',
      altinnTaskType: 'signing',
      actions: { sign: true },
    });

    const signed = await harness.request<{ instance: InstanceResponse }>('POST', `instances/${instance.id}/actions`, {
      body: { action: 'sign' },
    });
    expect(signed.status).toBe(200);
    const signature = PreviewHarness.element(signed.body.instance, 'signature');
    const content = await harness.request('GET', `instances/${instance.id}/data/${signature.id}`);
    expect(content.body).toMatchObject({
      signee: { userId: '1337' },
      dataElementSignatures: [{ dataElementId: model.id, signed: true }],
    });

    const end = await harness.request<AppProcessState>('PUT', `instances/${instance.id}/process/next`, {
      body: { action: 'sign' },
    });
    expect(end.status).toBe(200);
    expect(end.body.endEvent).toBe('EndEvent_1');
  });
});
