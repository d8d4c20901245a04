import { describe, expect, it } from 'vitest';
import { AppApiError, createAppClient, type RetryPolicy } from '../../src/client/index.ts';
import { fakeFetch, INSTANCE_ID, jsonResponse, textResponse } from './fakeFetch.ts';

const BASE = 'https://ttd.apps.tt02.altinn.no';

function clientWith(server: ReturnType<typeof fakeFetch>, retry: RetryPolicy = { baseDelayMs: 0 }) {
  return createAppClient({ baseUrl: BASE, org: 'ttd', app: 'a', fetch: server.fetch, retry });
}

const unavailable = () => textResponse('busy', { status: 503 });
const networkDown = () => Promise.reject(new TypeError('Failed to fetch'));

describe('retries', () => {
  it('tries a GET again after 502, 503 and 504 and resolves with the first good answer', async () => {
    const server = fakeFetch(
      () => textResponse('', { status: 502 }),
      () => textResponse('', { status: 504 }),
      () => jsonResponse({ id: 'ttd/a' }),
    );
    await expect(clientWith(server).getApplicationMetadata()).resolves.toEqual({ id: 'ttd/a' });
    expect(server.requests).toHaveLength(3);
  });

  it('tries a GET again after a network error', async () => {
    const server = fakeFetch(networkDown, () => jsonResponse([]));
    await expect(clientWith(server).getApplicationLanguages()).resolves.toEqual([]);
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after the configured number of retries with the last failure', async () => {
    const server = fakeFetch(unavailable);
    const failure = clientWith(server, { attempts: 3, baseDelayMs: 0 }).getInstance(INSTANCE_ID);
    await expect(failure).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(4);
  });

  it('retries twice by default', async () => {
    const server = fakeFetch(unavailable);
    await expect(clientWith(server, { baseDelayMs: 0 }).getProcess(INSTANCE_ID)).rejects.toBeInstanceOf(AppApiError);
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry statuses that will not change by waiting (400, 404, 409, 500)', async () => {
    for (const status of [400, 404, 409, 500]) {
      const server = fakeFetch(() => textResponse('', { status }));
      await expect(clientWith(server).getInstance(INSTANCE_ID)).rejects.toMatchObject({ status });
      expect(server.requests).toHaveLength(1);
    }
  });

  it('never retries a write, even after a network error or a 503', async () => {
    for (const responder of [unavailable, networkDown]) {
      const server = fakeFetch(responder);
      const client = clientWith(server, { attempts: 5, baseDelayMs: 0 });
      await expect(client.processNext(INSTANCE_ID)).rejects.toBeInstanceOf(AppApiError);
      await expect(client.createInstance(501337)).rejects.toBeInstanceOf(AppApiError);
      await expect(client.patchData(INSTANCE_ID, 'd', { patch: [] })).rejects.toBeInstanceOf(AppApiError);
      await expect(client.deleteInstance(INSTANCE_ID)).rejects.toBeInstanceOf(AppApiError);
      expect(server.requests.map((request) => request.method)).toEqual(['PUT', 'POST', 'PATCH', 'DELETE']);
    }
  });

  it('stops waiting for the next try when the call is aborted, with the abort reason', async () => {
    const controller = new AbortController();
    const reason = new Error('left the page');
    const server = fakeFetch(() => {
      // The first failure arrives, then the user leaves while the client waits to retry.
      queueMicrotask(() => controller.abort(reason));
      return unavailable();
    });
    const call = clientWith(server, { attempts: 2, baseDelayMs: 60_000 }).getInstance(INSTANCE_ID, {
      signal: controller.signal,
    });
    await expect(call).rejects.toBe(reason);
    expect(server.requests).toHaveLength(1);
  });

  it('can be turned off', async () => {
    const server = fakeFetch(unavailable);
    await expect(clientWith(server, { attempts: 0 }).getInstance(INSTANCE_ID)).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });
});
