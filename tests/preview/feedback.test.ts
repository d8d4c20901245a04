import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppProcessState } from '../../src/wire/process.ts';
import { fixtureVariant, PreviewHarness } from './support/previewHarness.ts';

/** The fixture app with its confirmation task turned into a feedback task (no policy: owner-only rules). */
const feedbackApp = () =>
  fixtureVariant('feedback', (appDir) => {
    const processFile = join(appDir, 'App/config/process/process.bpmn');
    const xml = readFileSync(processFile, 'utf8').replace(
      /<altinn:taskType>confirmation<\/altinn:taskType>\s*<altinn:actions>\s*<altinn:action>confirm<\/altinn:action>\s*<\/altinn:actions>/,
      '<altinn:taskType>feedback</altinn:taskType>',
    );
    expect(xml).toContain('<altinn:taskType>feedback</altinn:taskType>');
    writeFileSync(processFile, xml);
  });

describe('preview server: a feedback task waits for the service owner', () => {
  let appDir: string;
  let harness: PreviewHarness;
  beforeAll(async () => {
    appDir = feedbackApp();
    harness = await PreviewHarness.start({ appDir });
  });
  afterAll(async () => {
    rmSync(appDir, { recursive: true, force: true });
    await harness.closeKeepingContract();
  });

  it("the app's service owner (GetTestOrgToken) reads the instance and moves the process on; another org may not", async () => {
    const instance = await harness.createInstance();
    const model = PreviewHarness.element(instance);
    await harness.request('PATCH', `instances/${instance.id}/data/${model.id}`, {
      body: { patch: [{ op: 'add', path: '/name', value: 'Kari' }] },
    });
    const toFeedback = await harness.request<AppProcessState>('PUT', `instances/${instance.id}/process/next`);
    expect(toFeedback.body.currentTask).toMatchObject({ elementId: 'Task_2', altinnTaskType: 'feedback' });

    const foreign = await (await fetch(`${harness.server.url}/Home/GetTestOrgToken/digdir`)).text();
    const refused = await harness.request('PUT', `instances/${instance.id}/process/next`, { token: foreign });
    expect(refused.status).toBe(403);
    expect((await harness.request('GET', `instances/${instance.id}`, { token: foreign })).status).toBe(403);

    const owner = await (await fetch(`${harness.server.url}/Home/GetTestOrgToken?org=skjema`)).text();
    const read = await harness.request<{ id: string }>('GET', `instances/${instance.id}`, { token: owner });
    expect(read.status).toBe(200);
    expect((await harness.request('GET', 'api/v1/profile/user', { token: owner })).status).toBe(400);

    const moved = await harness.request<AppProcessState>('PUT', `instances/${instance.id}/process/next`, {
      token: owner,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.ended).toBeTruthy();
    expect(moved.body.endEvent).toBe('EndEvent_1');
  });
});
