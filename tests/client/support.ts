import { createAppClient } from '../../src/client/index.ts';
import type { fakeFetch } from './fakeFetch.ts';

export const BASE = 'https://ttd.apps.tt02.altinn.no';
export const APP = `${BASE}/ttd/a`;

/** A client of app `ttd/a` over a fake server, in `nb`, without retry waits. */
export function clientOver(server: ReturnType<typeof fakeFetch>) {
  return createAppClient({
    baseUrl: BASE,
    org: 'ttd',
    app: 'a',
    fetch: server.fetch,
    language: 'nb',
    retry: { baseDelayMs: 0 },
  });
}
