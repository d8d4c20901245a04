import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppClient } from '../../src/client/index.ts';
import { createConnectedApp } from '../../src/connected/index.ts';
import { loadLayoutSet } from '../../src/core/index.ts';
import { fileSource } from '../../src/core/node/index.ts';
import { EXAMPLE_APP, PreviewHarness } from '../preview/support/previewHarness.ts';

describe('loadLayoutSet through the backend', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    harness = await PreviewHarness.start({ appDir: EXAMPLE_APP });
  });
  afterAll(() => harness.close());

  it('gives the same layout set as reading the app folder: pages, order, settings, schemas, texts, code lists', async () => {
    const metadata = await harness.request<{ id: string }>('GET', 'api/v1/applicationmetadata');
    const [org, app] = metadata.body.id.split('/') as [string, string];
    const client = createAppClient({
      baseUrl: harness.server.url,
      org,
      app,
      auth: { kind: 'bearer', token: harness.token },
    });
    const connected = createConnectedApp({ client, language: 'nb' });

    const fromBackend = await connected.loadLayoutSet('form');
    const fromFolder = await loadLayoutSet(fileSource(EXAMPLE_APP), { layoutSetId: 'form' });

    expect(fromBackend.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const backendSet = fromBackend.layoutSet!;
    const folderSet = fromFolder.layoutSet!;
    expect(backendSet.pageOrder).toEqual(folderSet.pageOrder);
    expect(backendSet.layouts).toEqual(folderSet.layouts);
    expect(backendSet.settings).toEqual(folderSet.settings);
    expect(backendSet.dataModelSchemas).toEqual(folderSet.dataModelSchemas);
    expect(backendSet.validationConfigs).toEqual(folderSet.validationConfigs);
    expect(Object.keys(backendSet.texts).sort()).toEqual(Object.keys(folderSet.texts).sort());
    expect(backendSet.texts.nb).toEqual(folderSet.texts.nb);
    expect(backendSet.options).toEqual(folderSet.options);
    expect(Object.keys(backendSet.options)).toContain('eventCategories');
  });
});
