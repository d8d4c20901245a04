import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppClient, type ClientAuth } from '../../src/client/index.ts';
import { fakeFetch, INSTANCE_ID } from './fakeFetch.ts';

const BASE = 'https://ttd.apps.tt02.altinn.no';

function clientWith(server: ReturnType<typeof fakeFetch>, auth: ClientAuth) {
  return createAppClient({ baseUrl: BASE, org: 'ttd', app: 'a', fetch: server.fetch, auth });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('bearer auth', () => {
  it('sends the token on every request, and no cookies', async () => {
    const server = fakeFetch();
    const client = clientWith(server, { kind: 'bearer', token: 'abc' });
    await client.getInstance(INSTANCE_ID);
    await client.processNext(INSTANCE_ID);
    for (const request of server.requests) {
      expect(request.headers.get('Authorization')).toBe('Bearer abc');
      expect(request.headers.has('X-XSRF-TOKEN')).toBe(false);
      expect(request.credentials).toBeUndefined();
    }
  });

  it('asks a token function on each request, so a refreshed token is used', async () => {
    const server = fakeFetch();
    let issued = 0;
    const client = clientWith(server, { kind: 'bearer', token: async () => `token-${++issued}` });
    await client.getInstance(INSTANCE_ID);
    await client.getInstance(INSTANCE_ID);
    expect(server.requests.map((request) => request.headers.get('Authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });
});

describe('cookie auth', () => {
  const cookies = () => 'AltinnPartyId=501337; XSRF-TOKEN=CfDJ8%2Babc%3D; other=1';

  it('includes credentials on every request', async () => {
    const server = fakeFetch();
    const client = clientWith(server, { kind: 'cookie', readCookies: cookies });
    await client.getInstance(INSTANCE_ID);
    await client.processNext(INSTANCE_ID);
    expect(server.requests.map((request) => request.credentials)).toEqual(['include', 'include']);
  });

  it('echoes the XSRF-TOKEN cookie (decoded) as X-XSRF-TOKEN on writes only', async () => {
    const server = fakeFetch();
    const client = clientWith(server, { kind: 'cookie', readCookies: cookies });
    await client.getInstance(INSTANCE_ID);
    await client.processNext(INSTANCE_ID);
    await client.patchData(INSTANCE_ID, 'd', { patch: [] });
    await client.deleteDataElement(INSTANCE_ID, 'd');
    expect(server.requests.map((request) => request.headers.get('X-XSRF-TOKEN'))).toEqual([
      null,
      'CfDJ8+abc=',
      'CfDJ8+abc=',
      'CfDJ8+abc=',
    ]);
    expect(server.requests.every((request) => !request.headers.has('Authorization'))).toBe(true);
  });

  it('reads the cookie at each write, so a token set after the client was made is used', async () => {
    const server = fakeFetch();
    let jar = '';
    const client = clientWith(server, { kind: 'cookie', readCookies: () => jar });
    await client.processNext(INSTANCE_ID);
    jar = 'XSRF-TOKEN=later';
    await client.processNext(INSTANCE_ID);
    expect(server.requests.map((request) => request.headers.get('X-XSRF-TOKEN'))).toEqual([null, 'later']);
  });

  it('reads document.cookie when no reader is given', async () => {
    vi.stubGlobal('document', { cookie: 'XSRF-TOKEN=from-document' });
    const server = fakeFetch();
    await clientWith(server, { kind: 'cookie' }).processNext(INSTANCE_ID);
    expect(server.last.headers.get('X-XSRF-TOKEN')).toBe('from-document');
  });

  it('sends no XSRF header, and does not fail, where there is no document', async () => {
    const server = fakeFetch();
    await clientWith(server, { kind: 'cookie' }).processNext(INSTANCE_ID);
    expect(server.last.headers.has('X-XSRF-TOKEN')).toBe(false);
    expect(server.last.credentials).toBe('include');
  });
});
