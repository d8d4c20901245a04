import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppApiError, createAppClient } from '../../src/client/index.ts';
import { fakeFetch, INSTANCE_ID, jsonResponse } from './fakeFetch.ts';

const BASE = 'https://ttd.apps.tt02.altinn.no';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('headers', () => {
  it('asks for JSON, and declares a JSON body only when there is one', async () => {
    const server = fakeFetch();
    const client = createAppClient({ baseUrl: BASE, org: 'ttd', app: 'a', fetch: server.fetch });
    await client.getInstance(INSTANCE_ID);
    await client.processNext(INSTANCE_ID);
    expect(server.requests[0].headers.get('Accept')).toBe('application/json');
    expect(server.requests[0].headers.has('Content-Type')).toBe(false);
    expect(server.requests[1].headers.get('Content-Type')).toBe('application/json');
  });

  it('sends the client headers on every call', async () => {
    const server = fakeFetch();
    const client = createAppClient({
      baseUrl: BASE,
      org: 'ttd',
      app: 'a',
      fetch: server.fetch,
      headers: { Authorization: 'Bearer abc' },
    });
    await client.getApplicationMetadata();
    await client.createInstance(1);
    expect(server.requests.map((request) => request.headers.get('Authorization'))).toEqual([
      'Bearer abc',
      'Bearer abc',
    ]);
  });

  it('calls a headers function per request, so a refreshed token is used', async () => {
    const server = fakeFetch();
    let token = 'first';
    const client = createAppClient({
      baseUrl: BASE,
      org: 'ttd',
      app: 'a',
      fetch: server.fetch,
      headers: async () => ({ Authorization: `Bearer ${token}` }),
    });
    await client.getProcess(INSTANCE_ID);
    token = 'second';
    await client.getProcess(INSTANCE_ID);
    expect(server.requests.map((request) => request.headers.get('Authorization'))).toEqual([
      'Bearer first',
      'Bearer second',
    ]);
  });

  it('lets per-call headers override the client headers', async () => {
    const server = fakeFetch();
    const client = createAppClient({
      baseUrl: BASE,
      org: 'ttd',
      app: 'a',
      fetch: server.fetch,
      headers: { Authorization: 'Bearer client', 'X-Trace': 'client' },
    });
    await client.getInstance(INSTANCE_ID, { headers: { 'X-Trace': 'call', Accept: 'application/xml' } });
    expect(server.last.headers.get('Authorization')).toBe('Bearer client');
    expect(server.last.headers.get('X-Trace')).toBe('call');
    expect(server.last.headers.get('Accept')).toBe('application/xml');
  });
});

describe('fetch', () => {
  it('uses the global fetch, looked up at call time, when none is injected', async () => {
    const client = createAppClient({ baseUrl: BASE, org: 'ttd', app: 'a' });
    const server = fakeFetch(() => jsonResponse([{ language: 'nb' }]));
    vi.stubGlobal('fetch', server.fetch);
    await expect(client.getApplicationLanguages()).resolves.toEqual([{ language: 'nb' }]);
    expect(server.last.url).toBe(`${BASE}/ttd/a/api/v1/applicationlanguages`);
  });
});

describe('AbortSignal', () => {
  it('passes the signal of a call to fetch', async () => {
    const server = fakeFetch();
    const client = createAppClient({ baseUrl: BASE, org: 'ttd', app: 'a', fetch: server.fetch });
    const controller = new AbortController();
    await client.patchData(INSTANCE_ID, 'd', { patch: [] }, { signal: controller.signal });
    await client.getTexts({ language: 'nb', signal: controller.signal });
    expect(server.requests.map((request) => request.signal)).toEqual([controller.signal, controller.signal]);
  });

  it('rejects an aborted call with the abort reason, not as a network failure', async () => {
    const controller = new AbortController();
    let started!: () => void;
    const fetchStarted = new Promise<void>((resolve) => (started = resolve));
    const client = createAppClient({
      baseUrl: BASE,
      org: 'ttd',
      app: 'a',
      fetch: (_input, init) => {
        started();
        // Like the real fetch: it rejects with an AbortError of its own, not with the reason.
        return new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        });
      },
    });
    const reason = new Error('user left the page');
    const pending = client.getProcess(INSTANCE_ID, { signal: controller.signal });
    await fetchStarted;
    controller.abort(reason);
    const error = await pending.catch((caught: unknown) => caught);
    expect(error).toBe(reason);
    expect(error).not.toBeInstanceOf(AppApiError);
  });

  it('does not send a call whose signal is already aborted', async () => {
    const server = fakeFetch();
    const client = createAppClient({ baseUrl: BASE, org: 'ttd', app: 'a', fetch: server.fetch });
    const reason = new Error('too late');
    await expect(client.getInstance(INSTANCE_ID, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(server.requests).toHaveLength(0);
  });
});
