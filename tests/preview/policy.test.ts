import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppProcessState } from '../../src/wire/process.ts';
import { EXAMPLE_APP, PreviewHarness } from './support/previewHarness.ts';

/** The example app's policy: PRIV, DAGL or REGNA may instantiate, fill in, confirm and read, at authentication level 2. */
describe('preview server: the app policy decides', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    harness = await PreviewHarness.start({ appDir: EXAMPLE_APP });
  });
  afterAll(() => harness.closeKeepingContract());

  it('refuses instantiation below the minimum authentication level with 403 and RequiredAuthenticationLevel', async () => {
    const weak = await harness.tokenFor(1337, 1);
    const response = await harness.request<Record<string, unknown>>('POST', 'instances?instanceOwnerPartyId=501337', {
      token: weak,
    });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ RequiredAuthenticationLevel: '2' });
  });

  it('refuses a user who may act for a party but holds none of the policy’s roles there', async () => {
    // User 2001 may act for 500700 without any role.
    const token = await harness.tokenFor(2001);
    expect((await harness.request('POST', 'instances?instanceOwnerPartyId=500700', { token })).status).toBe(403);
    expect((await harness.request('POST', 'instances?instanceOwnerPartyId=512001', { token })).status).toBe(201);
  });

  it('reports the actions the policy gives in the current task', async () => {
    const instance = await harness.createInstance();
    const process = await harness.request<AppProcessState>('GET', `instances/${instance.id}/process`);
    expect(process.body.currentTask).toMatchObject({ elementId: 'Task_1', read: true, write: true });
    const weak = await harness.tokenFor(1337, 1);
    const read = await harness.request('GET', `instances/${instance.id}`, { token: weak });
    expect(read.status).toBe(403);
  });
});
