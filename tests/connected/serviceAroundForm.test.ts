import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppClient } from '../../src/client/index.ts';
import { createConnectedApp, memoryPendingEditsStore, type ConnectedApp } from '../../src/connected/index.ts';
import { PreviewHarness } from '../preview/support/previewHarness.ts';
import { SERVICE_APP } from '../preview/support/serviceFixture.ts';

/** The connected layer over skjema preview's service fixture: prefill records and copies. */
describe('connected layer: prefilled fields and copies against the preview server', () => {
  let harness: PreviewHarness;
  let app: ConnectedApp;
  beforeAll(async () => {
    harness = await PreviewHarness.start({ appDir: SERVICE_APP });
    const client = createAppClient({
      baseUrl: harness.server.url,
      org: 'skjema',
      app: 'service-fixture',
      language: 'nb',
      headers: () => ({ authorization: `Bearer ${harness.token}` }),
    });
    app = createConnectedApp({ client, language: 'nb', pendingEdits: memoryPendingEditsStore() });
    await app.load();
  });
  afterAll(async () => {
    app.dispose();
    await harness.close();
  });

  it('gives each form model the fields the server prefilled, with their source', async () => {
    const instance = await app.createInstance(501337);
    const prefilled = instance.dataModels.get('model')?.prefilled ?? [];
    expect(prefilled).toContainEqual({ path: 'applicant.lastName', source: 'DSF', value: 'Salt' });
    expect(prefilled).toContainEqual({ path: 'applicant.phone', source: 'UserProfile', value: '98765432' });
    expect(instance.dataModels.get('notes')?.prefilled).toEqual([
      { path: 'text', source: 'UserProfile', value: 'SophieDDG' },
    ]);
    instance.dispose();
  });

  it('copies a submitted instance into a new one of the same party', async () => {
    const source = await app.createInstance(501337);
    await source.processNext();
    const copy = await app.copyInstance(source.instance.id);
    expect(copy.instance.id).not.toBe(source.instance.id);
    expect(copy.instance.instanceOwner.partyId).toBe('501337');
    expect(copy.process.currentTask?.elementId).toBe('Task_1');
    expect(copy.dataModels.get('model')?.model).toMatchObject({ applicant: { lastName: 'Salt' } });
    source.dispose();
    copy.dispose();
  });
});
