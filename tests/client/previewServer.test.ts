import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AppApiError,
  createAppClient,
  type AppClient,
  type ClientAuth,
  type FetchLike,
} from '../../src/client/index.ts';
import { startPreviewServer, type PreviewServer } from '../../src/preview/index.ts';
import { validateRequest, validateResponse } from '../support/openapi.ts';

// The client against the real preview server (engineer A's), with both sides of every exchange
// checked against the app API contract: what the client sends and what the server answers.

const FIXTURE_APP = resolve(import.meta.dirname, '../preview/fixtures/preview-app');
const USER_ID = 1337;
const PARTY_ID = 501337;

interface Exchange {
  method: string;
  url: string;
  requestBody: unknown;
  requestType: string | undefined;
  status: number;
  responseBody: unknown;
  responseType: string | undefined;
}

let server: PreviewServer;
let dataDir: string;
let client: AppClient;
const exchanges: Exchange[] = [];

/** A fetch that keeps a copy of each request and response for the contract check. */
const recordingFetch: FetchLike = async (input, init) => {
  const response = await fetch(input, init);
  const headers = new Headers(init.headers);
  const requestType = headers.get('Content-Type') ?? undefined;
  const responseType = response.headers.get('Content-Type') ?? undefined;
  const text = await response.clone().text();
  exchanges.push({
    method: init.method ?? 'GET',
    url: input,
    requestBody: typeof init.body === 'string' ? JSON.parse(init.body) : (init.body ?? undefined),
    requestType,
    status: response.status,
    responseBody: text === '' ? undefined : responseType?.includes('json') ? JSON.parse(text) : text,
    responseType,
  });
  return response;
};

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'skjema-client-preview-'));
  server = await startPreviewServer({ appDir: FIXTURE_APP, dataDir, watch: false, log: () => {} });
  const token = await (
    await fetch(`${server.url}/Home/GetTestUserToken?userId=${USER_ID}&authenticationLevel=2`)
  ).text();
  client = clientFor(recordingFetch, { kind: 'bearer', token });
});

beforeEach(() => {
  exchanges.length = 0;
});

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function clientFor(fetchLike: FetchLike, auth: ClientAuth): AppClient {
  const [, org, app] = new URL(server.appUrl).pathname.split('/');
  return createAppClient({ baseUrl: server.url, org, app, fetch: fetchLike, language: 'nb', auth });
}

function contractErrors(): string[] {
  return exchanges.flatMap((exchange) => [
    ...validateRequest({
      method: exchange.method,
      url: exchange.url,
      body: exchange.requestBody,
      contentType: exchange.requestType,
    }),
    ...validateResponse({
      method: exchange.method,
      url: exchange.url,
      status: exchange.status,
      body: exchange.responseBody,
      contentType: exchange.responseType,
    }),
  ]);
}

describe('the client against the preview server', () => {
  it('reads the app configuration', async () => {
    const metadata = await client.getApplicationMetadata();
    expect(metadata.dataTypes.map((dataType) => dataType.id)).toContain('model');
    await expect(client.getLayoutSets()).resolves.toMatchObject({ sets: [{ id: 'form', dataType: 'model' }] });
    await expect(client.getLayouts('form')).resolves.toHaveProperty('page1');
    await client.getLayoutSettings('form');
    await client.getApplicationSettings();
    await expect(client.getApplicationLanguages()).resolves.toEqual(
      expect.arrayContaining([{ language: 'nb' }, { language: 'en' }]),
    );
    await expect(client.getTexts()).resolves.toMatchObject({ language: 'nb' });
    await expect(client.getJsonSchema('model')).resolves.toMatchObject({ type: 'object' });
    await client.getValidationConfig('model');
    const { options } = await client.getOptions('colours');
    expect(options.length).toBeGreaterThan(0);
    await client.keepAlive();
    expect(contractErrors()).toEqual([]);
  });

  it('knows the user and their parties', async () => {
    const profile = await client.getUserProfile();
    expect(profile.userId).toBe(USER_ID);
    const parties = await client.getParties({ allowedToInstantiateFilter: true });
    expect(parties.map((party) => party.partyId)).toContain(PARTY_ID);
    await client.setSelectedParty(PARTY_ID);
    await expect(client.getCurrentParty()).resolves.toMatchObject({ partyId: PARTY_ID });
    expect(contractErrors()).toEqual([]);
  });

  it('runs an instance: prefill, read, patch, validate, files and tags, history, next, delete', async () => {
    const instance = await client.instantiate({ instanceOwner: { partyId: PARTY_ID }, prefill: { name: 'Ola' } });
    expect(instance.instanceOwner.partyId).toBe(String(PARTY_ID));
    const model = instance.data.find((element) => element.dataType === 'model');
    if (!model) throw new Error(`No model element in ${JSON.stringify(instance.data)}`);

    await expect(client.getInstance(instance.id)).resolves.toMatchObject({ id: instance.id });
    const process = await client.getProcess(instance.id);
    expect(process.currentTask?.elementId).toBe('Task_1');
    await expect(client.getDataElement(instance.id, model.id)).resolves.toMatchObject({ name: 'Ola' });

    const saved = await client.patchData(instance.id, model.id, {
      patch: [
        { op: 'test', path: '/name', value: 'Ola' },
        { op: 'replace', path: '/name', value: 'Kari' },
      ],
    });
    expect(saved.newDataModel).toMatchObject({ name: 'Kari' });
    const stale = await client
      .patchData(instance.id, model.id, {
        patch: [
          { op: 'test', path: '/name', value: 'Ola' },
          { op: 'replace', path: '/name', value: 'Per' },
        ],
      })
      .catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(AppApiError);
    expect((stale as AppApiError).previousModel).toMatchObject({ name: 'Kari' });
    const multiple = await client.patchDataMultiple(instance.id, {
      patches: [{ dataElementId: model.id, patch: [{ op: 'add', path: '/amount', value: 3 }] }],
      ignoredValidators: [],
    });
    expect(multiple.newDataModels[0].data).toMatchObject({ name: 'Kari', amount: 3 });
    await client.validateInstance(instance.id);

    const pdf = new Blob(['%PDF-1.7\n'], { type: 'application/pdf' });
    const uploaded = await client.uploadAttachment(instance.id, 'attachments', pdf, { filename: 'Søknad (1).pdf' });
    const attachment = uploaded.instance.data.find((element) => element.id === uploaded.newDataElementId);
    expect(attachment?.filename).toBe('Søknad (1).pdf');
    const file = await client.getDataElementBinary(instance.id, uploaded.newDataElementId);
    expect(await file.blob.text()).toBe('%PDF-1.7\n');
    expect(file.contentType).toMatch(/application\/pdf/);
    await client.setTags(instance.id, uploaded.newDataElementId, ['kvittering']);
    await expect(client.addTag(instance.id, uploaded.newDataElementId, 'vedlegg')).resolves.toEqual(
      expect.arrayContaining(['kvittering', 'vedlegg']),
    );
    await client.removeTag(instance.id, uploaded.newDataElementId, 'kvittering');
    await expect(client.getTags(instance.id, uploaded.newDataElementId)).resolves.toEqual(['vedlegg']);
    await client.getFileScanResult(instance.id);
    const afterDelete = await client.deleteDataElement(instance.id, uploaded.newDataElementId);
    expect(afterDelete.instance.data.some((element) => element.id === uploaded.newDataElementId)).toBe(false);

    const refused = await client
      .performAction(instance.id, { action: 'no-such-action' })
      .catch((error: unknown) => error);
    expect((refused as AppApiError).actionResponse?.error?.code).toBe('ActionNotFound');

    await expect(client.getActiveInstances(PARTY_ID)).resolves.toEqual(
      expect.arrayContaining([expect.objectContaining({ id: instance.id })]),
    );
    await client.processNext(instance.id);
    const history = await client.getProcessHistory(instance.id);
    expect(history.length).toBeGreaterThan(0);
    await client.deleteInstance(instance.id, { hard: true });
    await expect(client.getInstance(instance.id)).rejects.toBeInstanceOf(AppApiError);

    expect(contractErrors()).toEqual([]);
  });
});

describe('cookie login against the preview server', () => {
  /** What a browser does with cookies: keep what the server sets, send it back. */
  function cookieJar() {
    const cookies = new Map<string, string>();
    const keep = (response: Response) => {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const separator = pair.indexOf('=');
        cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
      }
    };
    const header = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const jarFetch: FetchLike = async (input, init) => {
      const headers = new Headers(init.headers);
      if (cookies.size) headers.set('Cookie', header());
      const response = await recordingFetch(input, { ...init, headers });
      keep(response);
      return response;
    };
    return { fetch: jarFetch, keep, header, cookies };
  }

  it('signs in with the runtime cookie and writes with the XSRF token echoed', async () => {
    const jar = cookieJar();
    jar.keep(await fetch(`${server.url}/Home/LogInTestUser?userId=${USER_ID}`, { redirect: 'manual' }));
    expect(jar.cookies.has('XSRF-TOKEN')).toBe(true);
    const cookieClient = clientFor(jar.fetch, { kind: 'cookie', readCookies: jar.header });

    const instance = await cookieClient.createInstance(PARTY_ID);
    const model = instance.data.find((element) => element.dataType === 'model');
    if (!model) throw new Error('No model element');
    await cookieClient.patchData(instance.id, model.id, { patch: [{ op: 'add', path: '/name', value: 'Kari' }] });
    await expect(cookieClient.processNext(instance.id)).resolves.toBeDefined();
    expect(exchanges.filter((exchange) => exchange.method !== 'GET').map((exchange) => exchange.status)).toEqual([
      201, 200, 200,
    ]);
    expect(contractErrors()).toEqual([]);
  });

  it('is refused on writes when the XSRF token is not echoed', async () => {
    const jar = cookieJar();
    jar.keep(await fetch(`${server.url}/Home/LogInTestUser?userId=${USER_ID}`, { redirect: 'manual' }));
    const forgetful = clientFor(jar.fetch, { kind: 'cookie', readCookies: () => '' });
    await expect(forgetful.getUserProfile()).resolves.toMatchObject({ userId: USER_ID });
    await expect(forgetful.createInstance(PARTY_ID)).rejects.toMatchObject({ status: 400 });
  });
});
