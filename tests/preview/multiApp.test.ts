import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewPageAt } from '../../src/bin/previewPage.ts';
import { runPreview } from '../../src/cli/preview.ts';
import { startPreviewServer, type PreviewServer } from '../../src/preview/index.ts';
import type { DataPatchResponseMultiple } from '../../src/wire/dataPatch.ts';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import { FIXTURE_APP, fixtureVariant } from './support/previewHarness.ts';

/** A second app: the fixture under another id and title. */
function secondApp(id = 'skjema/second-fixture'): string {
  return fixtureVariant('second', (appDir) => {
    const file = join(appDir, 'App/config/applicationmetadata.json');
    const metadata = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(
      file,
      JSON.stringify({ ...metadata, id, title: { nb: 'Det andre skjemaet', en: 'The second form' } }),
    );
  });
}

/** Reads Server-Sent Events from a response body until `wanted` arrives. */
async function nextEvent(body: ReadableStream<Uint8Array>, wanted: string): Promise<unknown> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`The event stream ended before "${wanted}"`);
    buffer += decoder.decode(value, { stream: true });
    const blocks = buffer.split('\n\n');
    buffer = blocks.pop() ?? '';
    for (const block of blocks) {
      if (/^event: (.*)$/m.exec(block)?.[1] === wanted) {
        reader.releaseLock();
        return JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null');
      }
    }
  }
}

async function token(server: PreviewServer, userId = 1337): Promise<string> {
  return (await fetch(`${server.url}/Home/GetTestUserToken?userId=${userId}`)).text();
}

async function call<T>(url: string, jwt: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(url, {
    ...init,
    headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json', ...init.headers },
  });
  const text = await response.text();
  const json = (response.headers.get('content-type') ?? '').includes('json') && text !== '';
  return { status: response.status, body: (json ? JSON.parse(text) : text) as T };
}

describe('preview server: several apps in one server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'skjema-multiapp-'));
  const second = secondApp();
  let server: PreviewServer;
  let jwt: string;

  beforeAll(async () => {
    server = await startPreviewServer({
      apps: [
        { appDir: FIXTURE_APP },
        {
          appDir: second,
          processor: {
            processDataWrite({ data }) {
              data.total = 1000;
            },
          },
        },
      ],
      dataDir,
      watch: false,
      log: () => {},
    });
    jwt = await token(server);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  });

  it('serves each app under its own /{org}/{app}/ on one port, and keeps the first as app()', async () => {
    expect(server.apps().map((app) => app.id)).toEqual(['skjema/preview-fixture', 'skjema/second-fixture']);
    expect(server.app().app).toBe('preview-fixture');
    expect(server.appUrl).toBe(`${server.url}/skjema/preview-fixture`);
    for (const app of server.apps()) {
      expect(app.appUrl).toBe(`${server.url}/${app.id}`);
      const metadata = await call<{ id: string; title: Record<string, string> }>(
        `${app.appUrl}/api/v1/applicationmetadata`,
        jwt,
      );
      expect(metadata.status).toBe(200);
      expect(metadata.body.id).toBe(app.id);
    }
    const unknown = await call<{ detail: string }>(`${server.url}/skjema/third/api/v1/applicationmetadata`, jwt);
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain('/skjema/preview-fixture/ and /skjema/second-fixture/');
  });

  it('keeps the instances of both apps in one database, each app seeing only its own, with one token for both', async () => {
    const [first, other] = server.apps();
    const created: InstanceResponse[] = [];
    for (const app of [first!, other!]) {
      const response = await call<InstanceResponse>(`${app.appUrl}/instances?instanceOwnerPartyId=501337`, jwt, {
        method: 'POST',
      });
      expect(response.status).toBe(201);
      expect(response.body.appId).toBe(app.id);
      created.push(response.body);
    }
    const db = new Database(join(server.dataDir, 'preview.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT id, json FROM instances').all() as { id: string; json: string }[];
    db.close();
    const stored = new Map(rows.map((row) => [row.id, (JSON.parse(row.json) as { appId: string }).appId]));
    expect(stored.get(created[0]!.id)).toBe('skjema/preview-fixture');
    expect(stored.get(created[1]!.id)).toBe('skjema/second-fixture');

    // An app reaches only its own instances, as in the platform.
    expect((await call(`${other!.appUrl}/instances/${created[0]!.id}`, jwt)).status).toBe(404);
    expect((await call(`${first!.appUrl}/instances/${created[0]!.id}`, jwt)).status).toBe(200);
    const active = await call<{ id: string }[]>(`${other!.appUrl}/instances/501337/active`, jwt);
    expect(active.body.map((instance) => instance.id)).toEqual([created[1]!.id]);
  });

  it('runs each app with its own processor', async () => {
    const totals: unknown[] = [];
    for (const app of server.apps()) {
      const instance = await call<InstanceResponse>(`${app.appUrl}/instances?instanceOwnerPartyId=501337`, jwt, {
        method: 'POST',
      });
      const element = instance.body.data.find((candidate) => candidate.dataType === 'model')!;
      const patched = await call<DataPatchResponseMultiple>(`${app.appUrl}/instances/${instance.body.id}/data`, jwt, {
        method: 'PATCH',
        body: JSON.stringify({
          patches: [{ dataElementId: element.id, patch: [{ op: 'add', path: '/amount', value: 2 }] }],
        }),
      });
      expect(patched.status).toBe(200);
      totals.push((patched.body.newDataModels[0]!.data as { total?: number }).total);
    }
    expect(totals).toEqual([undefined, 1000]);
  });

  it('gives each app its page at /{org}/{app}/ and lists the apps at /', () => {
    const list = previewPageAt(server, '/');
    expect(list).toEqual({
      kind: 'apps',
      config: {
        apps: [
          {
            org: 'skjema',
            app: 'preview-fixture',
            title: { nb: 'Testskjema for forhåndsvisning', en: 'Preview test form' },
          },
          { org: 'skjema', app: 'second-fixture', title: { nb: 'Det andre skjemaet', en: 'The second form' } },
        ],
      },
    });
    for (const [path, app] of [
      ['/skjema/preview-fixture/', 'preview-fixture'],
      ['/skjema/Second-Fixture', 'second-fixture'],
    ] as const) {
      const page = previewPageAt(server, path);
      expect(page?.kind).toBe('app');
      expect(page?.config).toMatchObject({ org: 'skjema', app, modelDataTypes: ['model'] });
    }
    expect(previewPageAt(server, '/skjema/third/')).toBeUndefined();
  });

  it('asks the page for each app address and for /, and the API answers the rest', async () => {
    const asked: string[] = [];
    const withPage = await startPreviewServer({
      apps: [{ appDir: FIXTURE_APP }, { appDir: second }],
      dataDir,
      watch: false,
      log: () => {},
      frontend(req, res) {
        const page = previewPageAt(withPage, new URL(req.url ?? '/', 'http://x').pathname);
        if (!page) return false;
        asked.push(req.url ?? '');
        res.end(page.kind === 'app' ? page.config.app : 'list');
        return true;
      },
    });
    try {
      const pages = await Promise.all(
        ['/', '/skjema/preview-fixture/', '/skjema/second-fixture/'].map(async (path) =>
          (await fetch(`${withPage.url}${path}`)).text(),
        ),
      );
      expect(pages).toEqual(['list', 'preview-fixture', 'second-fixture']);
      expect((await fetch(`${withPage.url}/skjema/second-fixture/api/v1/applicationmetadata`)).status).toBe(200);
    } finally {
      await withPage.close();
    }
  });

  it('reloads only the app whose files changed, and names it in app-changed', async () => {
    const first = secondApp('skjema/watched-one');
    const other = secondApp('skjema/watched-two');
    const watched = await startPreviewServer({ apps: [{ appDir: first }, { appDir: other }], dataDir, log: () => {} });
    const controller = new AbortController();
    try {
      const before = watched.apps().map((app) => app.app());
      const stream = await fetch(`${watched.url}/__skjema/events`, { signal: controller.signal });
      const changed = nextEvent(stream.body!, 'app-changed');
      writeFileSync(
        join(other, 'App/config/texts/resource.en.json'),
        JSON.stringify({ language: 'en', resources: [{ id: 'name.label', value: 'Reloaded' }] }),
      );
      expect(await changed).toEqual({
        app: 'skjema/watched-two',
        files: [expect.stringContaining('resource.en.json')],
      });
      const [one, two] = watched.apps();
      expect(one!.app()).toBe(before[0]);
      expect(two!.app()).not.toBe(before[1]);
      const texts = await call<{ resources: { id: string; value: string }[] }>(`${two!.appUrl}/api/v1/texts/en`, jwt);
      expect(texts.body.resources).toContainEqual({ id: 'name.label', value: 'Reloaded' });
    } finally {
      controller.abort();
      await watched.close();
      rmSync(first, { recursive: true, force: true });
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('refuses to start two apps with the same org/app id', async () => {
    const twin = secondApp('skjema/preview-fixture');
    try {
      await expect(
        startPreviewServer({ apps: [{ appDir: FIXTURE_APP }, { appDir: twin }], dataDir, watch: false, log: () => {} }),
      ).rejects.toThrow(/are both the app skjema\/preview-fixture; each app in one preview needs its own id/);
    } finally {
      rmSync(twin, { recursive: true, force: true });
    }
  });
});

describe('skjema preview appA appB (the command)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'skjema-multiapp-cli-'));
  const second = secondApp();
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  });

  it('starts both apps, lists each in the banner with the shared data folder and users, and one token serves both', async () => {
    const out: string[] = [];
    const processor = join(dataDir, 'processor.mjs');
    writeFileSync(processor, 'export function processDataWrite({ data }) { data.name = "from the processor"; }');
    const statuses: number[] = [];
    const code = await runPreview(
      [FIXTURE_APP, second, '--port', '0', '--data', dataDir, '--no-watch', '--processor', `${second}=${processor}`],
      (line) => out.push(line),
      (line) => out.push(`err: ${line}`),
      {
        async waitForStop(server) {
          const jwt = await token(server);
          for (const app of server.apps())
            statuses.push((await call(`${app.appUrl}/api/v1/parties?allowedToInstantiateFilter=true`, jwt)).status);
        },
      },
    );
    expect(code).toBe(0);
    expect(statuses).toEqual([200, 200]);
    const text = out.join('\n');
    expect(text).toMatch(/^skjema preview: 2 apps at http:\/\/127\.0\.0\.1:\d+\/$/m);
    expect(text).toMatch(
      /^ {2}skjema\/preview-fixture \(v8\) at http:\/\/127\.0\.0\.1:\d+\/skjema\/preview-fixture\/$/m,
    );
    expect(text).toMatch(/^ {2}skjema\/second-fixture \(v8\) at http:\/\/127\.0\.0\.1:\d+\/skjema\/second-fixture\/$/m);
    expect(text).toContain(`    app folder: ${second}`);
    expect(text).toContain(`data folder: ${dataDir} (SQLite, one database for all 2 apps`);
    expect(text).toMatch(/test users \(user id, name, party\), built-in \(localtest\), for every app:/);
    expect(text).not.toContain('err:');
  });

  it('asks whose a --processor is when there are several apps, and names two apps with one id', async () => {
    const errors: string[] = [];
    const code = await runPreview(
      [FIXTURE_APP, second, '--port', '0', '--data', dataDir, '--processor', 'hooks.mjs'],
      () => {},
      (line) => errors.push(line),
    );
    expect(code).toBe(2);
    expect(errors.join('\n')).toContain('--processor hooks.mjs: with several apps, say whose hooks these are');

    const twice: string[] = [];
    expect(
      await runPreview(
        [FIXTURE_APP, FIXTURE_APP, '--port', '0', '--data', dataDir],
        () => {},
        (line) => twice.push(line),
      ),
    ).toBe(1);
    expect(twice.join('\n')).toMatch(/Could not start the preview: .* are both the app skjema\/preview-fixture/);
  });
});
