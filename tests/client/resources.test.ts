import { describe, expect, it } from 'vitest';
import { createAppClient } from '../../src/client/index.ts';
import { fakeFetch, INSTANCE_ID, jsonResponse, textResponse } from './fakeFetch.ts';

const APP = 'https://ttd.apps.tt02.altinn.no/ttd/a';

function clientWith(server: ReturnType<typeof fakeFetch>) {
  return createAppClient({ baseUrl: 'https://ttd.apps.tt02.altinn.no', org: 'ttd', app: 'a', fetch: server.fetch });
}

describe('app configuration', () => {
  it.each([
    ['getApplicationMetadata', () => [], '/api/v1/applicationmetadata'],
    ['getApplicationSettings', () => [], '/api/v1/applicationsettings'],
    ['getApplicationLanguages', () => [], '/api/v1/applicationlanguages'],
    ['getLayoutSets', () => [], '/api/layoutsets'],
    ['getLayouts', () => ['form'], '/api/layouts/form'],
    ['getLayoutSettings', () => ['form'], '/api/layoutsettings/form'],
    ['getTexts', () => [{ language: 'en' }], '/api/v1/texts/en'],
    ['getJsonSchema', () => ['model'], '/api/jsonschema/model'],
    ['getValidationConfig', () => ['model'], '/api/validationconfig/model'],
  ] as const)('%s sends GET %s', async (method, args, path) => {
    const payload = { from: method };
    const server = fakeFetch(() => jsonResponse(payload));
    const client = clientWith(server);
    const call = client[method] as (...params: unknown[]) => Promise<unknown>;
    await expect(call(...args())).resolves.toEqual(payload);
    expect(server.last.method).toBe('GET');
    expect(server.last.url).toBe(`${APP}${path}`);
    expect(server.last.body).toBeUndefined();
  });

  it('parses configuration JSON even when the backend labels it text/plain', async () => {
    const sets = { sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] };
    const server = fakeFetch(() => textResponse(JSON.stringify(sets)));
    await expect(clientWith(server).getLayoutSets()).resolves.toEqual(sets);
  });

  it('unwraps configuration JSON that arrives encoded as a JSON string', async () => {
    const layouts = { page1: { data: { layout: [] } } };
    const server = fakeFetch(() => jsonResponse(JSON.stringify(layouts)));
    await expect(clientWith(server).getLayouts('form')).resolves.toEqual(layouts);
  });

  it('gives null for a validation config the app does not have (204)', async () => {
    const server = fakeFetch(() => new Response(null, { status: 204 }));
    await expect(clientWith(server).getValidationConfig('model')).resolves.toBeNull();
  });
});

describe('options', () => {
  it('returns the options with their JSON value types and the downstream parameters header', async () => {
    const options = [
      { value: 1, label: 'One' },
      { value: 'b', label: 'Bee', description: null },
      { value: true, label: 'Yes' },
    ];
    const server = fakeFetch(() => jsonResponse(options, { headers: { 'Altinn-DownstreamParameters': 'fylke=46' } }));
    const result = await clientWith(server).getOptions('kommuner', { language: 'nb', query: { fylke: 46 } });
    expect(result).toEqual({ options, downstreamParameters: 'fylke=46' });
    expect(server.last.url).toBe(`${APP}/api/options/kommuner?fylke=46&language=nb`);
  });

  it('gives null downstream parameters when the header is absent', async () => {
    const server = fakeFetch(() => jsonResponse([]));
    const result = await clientWith(server).getOptions('land');
    expect(result.downstreamParameters).toBeNull();
    expect(server.last.url).toBe(`${APP}/api/options/land`);
  });

  it('lets the explicit language win over a language in the query', async () => {
    const server = fakeFetch(() => jsonResponse([]));
    await clientWith(server).getOptions('land', { language: 'en', query: { language: 'nb' } });
    expect(new URL(server.last.url).searchParams.getAll('language')).toEqual(['en']);
  });

  it('asks the instance-aware route for secure options', async () => {
    const server = fakeFetch(() => jsonResponse([]));
    await clientWith(server).getOptions('secret', { instanceId: INSTANCE_ID });
    expect(server.last.url).toBe(`${APP}/instances/${INSTANCE_ID}/options/secret`);
  });
});
