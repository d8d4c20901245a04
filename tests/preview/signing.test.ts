import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import type { AppProcessState } from '../../src/wire/process.ts';
import { fixtureVariant, PreviewHarness } from './support/previewHarness.ts';

/** The fixture app with its confirmation task turned into a signing task. */
const signingApp = () =>
  fixtureVariant('signing', (appDir) => {
    const processFile = join(appDir, 'App/config/process/process.bpmn');
    writeFileSync(
      processFile,
      readFileSync(processFile, 'utf8').replace(
        /<altinn:taskType>confirmation<\/altinn:taskType>\s*<altinn:actions>\s*<altinn:action>confirm<\/altinn:action>\s*<\/altinn:actions>/,
        `<altinn:taskType>signing</altinn:taskType>
          <altinn:actions><altinn:action>sign</altinn:action></altinn:actions>
          <altinn:signatureConfig>
            <altinn:dataTypesToSign><altinn:dataType>model</altinn:dataType></altinn:dataTypesToSign>
            <altinn:signatureDataType>signature</altinn:signatureDataType>
          </altinn:signatureConfig>`,
      ),
    );
    const metadataFile = join(appDir, 'App/config/applicationmetadata.json');
    const metadata = JSON.parse(readFileSync(metadataFile, 'utf8')) as { dataTypes: unknown[] };
    metadata.dataTypes.push({
      id: 'signature',
      allowedContentTypes: ['application/json'],
      taskId: 'Task_2',
      maxCount: 1,
      minCount: 0,
    });
    writeFileSync(metadataFile, JSON.stringify(metadata));
  });

describe('preview server: the sign action (a stand-in for signing)', () => {
  let appDir: string;
  let harness: PreviewHarness;
  beforeAll(async () => {
    appDir = signingApp();
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
