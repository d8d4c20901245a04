import { describe, expect, it } from 'vitest';
import { createAppClient } from '../../src/client/index.ts';
import { DATA_ELEMENT_ID, fakeFetch, INSTANCE_ID, jsonResponse } from './fakeFetch.ts';

const BASE = 'https://ttd.apps.tt02.altinn.no';

describe('URL building', () => {
  it('puts org and app after the base URL, with or without a trailing slash', async () => {
    for (const baseUrl of [BASE, `${BASE}/`]) {
      const server = fakeFetch();
      const client = createAppClient({ baseUrl, org: 'ttd', app: 'event-permit', fetch: server.fetch });
      await client.getApplicationMetadata();
      expect(server.last.url).toBe(`${BASE}/ttd/event-permit/api/v1/applicationmetadata`);
      expect(client.appUrl).toBe(`${BASE}/ttd/event-permit`);
    }
  });

  it('keeps a path prefix of the base URL and allows root-relative URLs', async () => {
    const server = fakeFetch();
    await createAppClient({
      baseUrl: 'http://localhost:5005/proxy',
      org: 'ttd',
      app: 'a',
      fetch: server.fetch,
    }).getLayoutSets();
    await createAppClient({ baseUrl: '', org: 'ttd', app: 'a', fetch: server.fetch }).getLayoutSets();
    expect(server.requests.map((request) => request.url)).toEqual([
      'http://localhost:5005/proxy/ttd/a/api/layoutsets',
      '/ttd/a/api/layoutsets',
    ]);
  });

  it('encodes ids in the path so they cannot reach another route', async () => {
    const server = fakeFetch();
    const client = createAppClient({ baseUrl: BASE, org: 'ttd', app: 'a', fetch: server.fetch });
    await client.getLayouts('set/one?x#y');
    expect(server.last.url).toBe(`${BASE}/ttd/a/api/layouts/set%2Fone%3Fx%23y`);
  });

  it('encodes query parameters and leaves out undefined and null ones', async () => {
    const server = fakeFetch(() => jsonResponse([]));
    const client = createAppClient({ baseUrl: BASE, org: 'ttd', app: 'a', fetch: server.fetch });
    await client.getOptions('kommuner', {
      language: 'nn',
      query: { fylke: 'Møre og Romsdal', 'a&b': 'x=y', year: 2024, active: true, missing: undefined, none: null },
    });
    const url = new URL(server.last.url);
    expect(url.pathname).toBe('/ttd/a/api/options/kommuner');
    expect(server.last.url).toContain('fylke=M%C3%B8re%20og%20Romsdal');
    expect([...url.searchParams]).toEqual([
      ['fylke', 'Møre og Romsdal'],
      ['a&b', 'x=y'],
      ['year', '2024'],
      ['active', 'true'],
      ['language', 'nn'],
    ]);
  });

  it('turns an instance id into the party and instance path segments', async () => {
    const server = fakeFetch();
    const client = createAppClient({ baseUrl: BASE, org: 'ttd', app: 'a', fetch: server.fetch });
    await client.getInstance(INSTANCE_ID);
    await client.getDataElement(INSTANCE_ID, DATA_ELEMENT_ID);
    expect(server.requests[0].url).toBe(`${BASE}/ttd/a/instances/${INSTANCE_ID}`);
    expect(server.requests[1].url).toBe(
      `${BASE}/ttd/a/instances/${INSTANCE_ID}/data/${DATA_ELEMENT_ID}?includeRowId=true`,
    );
  });

  it('rejects a malformed instance id without sending anything', async () => {
    const server = fakeFetch();
    const client = createAppClient({ baseUrl: BASE, org: 'ttd', app: 'a', fetch: server.fetch });
    for (const id of ['5d9e906b', '501337/', '1/2/3', '']) {
      await expect(client.getProcess(id)).rejects.toThrow(TypeError);
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe('language', () => {
  it('adds the client language to calls that take one, and not to others', async () => {
    const server = fakeFetch();
    const client = createAppClient({ baseUrl: BASE, org: 'ttd', app: 'a', fetch: server.fetch, language: 'nb' });
    await client.processNext(INSTANCE_ID);
    await client.getInstance(INSTANCE_ID);
    expect(new URL(server.requests[0].url).searchParams.get('language')).toBe('nb');
    expect(server.requests[1].url).not.toContain('language');
  });

  it('lets a call override the client language', async () => {
    const server = fakeFetch();
    const client = createAppClient({ baseUrl: BASE, org: 'ttd', app: 'a', fetch: server.fetch, language: 'nb' });
    await client.validateInstance(INSTANCE_ID, { language: 'en' });
    expect(new URL(server.last.url).searchParams.getAll('language')).toEqual(['en']);
  });

  it('reads a language function at each call, so switching language needs no new client', async () => {
    const server = fakeFetch();
    let current = 'nb';
    const client = createAppClient({
      baseUrl: BASE,
      org: 'ttd',
      app: 'a',
      fetch: server.fetch,
      language: () => current,
    });
    await client.getTexts();
    current = 'nn';
    await client.getTexts();
    expect(server.requests.map((request) => request.url)).toEqual([
      `${BASE}/ttd/a/api/v1/texts/nb`,
      `${BASE}/ttd/a/api/v1/texts/nn`,
    ]);
  });

  it('sends no language when neither the client nor the call has one', async () => {
    const server = fakeFetch();
    const client = createAppClient({ baseUrl: BASE, org: 'ttd', app: 'a', fetch: server.fetch });
    await client.createInstance(501337);
    expect(server.last.url).toBe(`${BASE}/ttd/a/instances?instanceOwnerPartyId=501337`);
  });

  it('refuses to fetch texts without a language', async () => {
    const server = fakeFetch();
    const client = createAppClient({ baseUrl: BASE, org: 'ttd', app: 'a', fetch: server.fetch });
    await expect(client.getTexts()).rejects.toThrow(/needs a language/);
    expect(server.requests).toHaveLength(0);
  });
});
