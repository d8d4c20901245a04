import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppClient } from '../../src/client/index.ts';
import { backendAppSource } from '../../src/connected/app/backendSource.ts';
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

describe('backendAppSource code lists', () => {
  it('fetches the code lists optionLabel expressions name, as the v9 backend preloads them', async () => {
    const asked: string[] = [];
    const client = {
      getLayouts: async () => ({
        p: {
          data: {
            layout: [
              { id: 'a', type: 'Dropdown', optionsId: 'colours' },
              {
                id: 'b',
                type: 'Paragraph',
                textResourceBindings: { title: ['optionLabel', 'sizes', ['dataModel', 'x']] },
              },
              // Not a code list id: an expression where the literal belongs.
              { id: 'c', type: 'Paragraph', hidden: ['optionLabel', ['concat', 'x'], 1] },
            ],
          },
        },
      }),
      getOptions: async (id: string) => {
        asked.push(id);
        return { options: [{ value: 'v', label: id }] };
      },
    } as unknown as Parameters<typeof backendAppSource>[0];
    const source = backendAppSource(client, async () => ['nb']);
    await source.read('App/ui/form/layouts/p.json');
    expect((await source.list('App/options')).sort()).toEqual(['colours.json', 'sizes.json']);
    expect(JSON.parse((await source.read('App/options/sizes.json'))!)).toEqual([{ value: 'v', label: 'sizes' }]);
    expect(asked).toEqual(['sizes']);
  });
});
