import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureVariant, PreviewHarness } from './support/previewHarness.ts';

/** The fixture app with its model usable without signing in. */
const anonymousApp = () =>
  fixtureVariant('stateless', (appDir) => {
    const file = join(appDir, 'App/config/applicationmetadata.json');
    const metadata = JSON.parse(readFileSync(file, 'utf8')) as { dataTypes: { id: string; appLogic?: object }[] };
    const model = metadata.dataTypes.find((type) => type.id === 'model')!;
    model.appLogic = { ...model.appLogic, allowAnonymousOnStateless: true };
    writeFileSync(file, JSON.stringify(metadata));
  });

describe('preview server: stateless data (v1/data)', () => {
  let appDir: string;
  let harness: PreviewHarness;
  const written: unknown[] = [];
  beforeAll(async () => {
    appDir = anonymousApp();
    harness = await PreviewHarness.start({
      appDir,
      processor: {
        processDataWrite: ({ data, instance }) => {
          written.push(instance.instanceOwner.partyId);
          data.amount = String(data.name ?? '').length;
        },
      },
    });
  });
  afterAll(async () => {
    rmSync(appDir, { recursive: true, force: true });
    await harness.closeKeepingContract();
  });

  it('gives a new model with the prefill, and runs the calculations on a model sent to it, storing nothing', async () => {
    const prefill = encodeURIComponent(JSON.stringify({ name: 'Kari' }));
    const fresh = await harness.request('GET', `v1/data?dataType=model&includeRowId=true&prefill=${prefill}`);
    expect(fresh).toMatchObject({ status: 200, body: { name: 'Kari' } });

    const calculated = await harness.request('POST', 'v1/data?dataType=model', {
      body: { name: 'Sommerfest' },
      headers: { party: 'partyid:500000' },
    });
    expect(calculated).toMatchObject({ status: 200, body: { name: 'Sommerfest', amount: 10 } });
    expect(written).toEqual(['500000']);
    const active = await harness.request<unknown[]>('GET', 'instances/501337/active');
    expect(active.body).toEqual([]);
  });

  it('refuses a party the user may not act for, an unknown data type and a data type of files', async () => {
    const stranger = await harness.request('POST', 'v1/data?dataType=model', {
      body: {},
      headers: { party: 'partyid:510001' },
    });
    expect(stranger.status).toBe(403);
    expect((await harness.request('GET', 'v1/data?dataType=nope')).status).toBe(404);
    expect((await harness.request('GET', 'v1/data?dataType=attachments')).status).toBe(400);
    expect((await harness.request('GET', 'v1/data?dataType=model', { token: null })).status).toBe(401);
  });

  it('serves the anonymous route without a user only for data types that allow it', async () => {
    const anonymous = await harness.request('POST', 'v1/data/anonymous?dataType=model', {
      body: { name: 'Ola' },
      token: null,
    });
    expect(anonymous).toMatchObject({ status: 200, body: { name: 'Ola', amount: 3 } });
    const plain = await PreviewHarness.start();
    try {
      expect((await plain.request('GET', 'v1/data/anonymous?dataType=model', { token: null })).status).toBe(403);
    } finally {
      await plain.close();
    }
  });
});
