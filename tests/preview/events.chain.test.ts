import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPreview } from '../../src/cli/preview.ts';
import { startPreviewServer, type PreviewServer, type PreviewServerApp } from '../../src/preview/index.ts';
import type { Subscription } from '../../src/preview/events/subscription.ts';
import type { Instance, SimpleInstance } from '../../src/wire/instance.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');

interface ChainSetup {
  /** App A (an application) and app B (a permit); the same server or two. */
  a: PreviewServerApp & { url: string };
  b: PreviewServerApp & { url: string };
  close(): Promise<void>;
}

const dataDirs: string[] = [];
afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const eventDelivery = { retryDelaysMs: Array<number>(20).fill(20) };

function freshDataDir(name: string): string {
  const dataDir = mkdtempSync(join(tmpdir(), `skjema-${name}-`));
  dataDirs.push(dataDir);
  return dataDir;
}

/** Each app in a server of its own, with its own data folder, as two hosts of the platform. */
async function twoServers(): Promise<ChainSetup> {
  const start = (name: string, processor?: string) =>
    startPreviewServer({
      appDir: join(FIXTURES, name),
      dataDir: freshDataDir(name),
      processor,
      watch: false,
      log: () => {},
      eventDelivery,
    });
  const a = await start('chain-a');
  const b = await start('chain-b', join(FIXTURES, 'chain-b/processor.mjs'));
  return {
    a: { ...a.apps()[0]!, url: a.url },
    b: { ...b.apps()[0]!, url: b.url },
    close: async () => {
      await a.close();
      await b.close();
    },
  };
}

/** Both apps in one server, started as `skjema preview chain-a chain-b --processor chain-b=processor.mjs`. */
async function oneServer(): Promise<ChainSetup> {
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolveStop) => (stop = resolveStop));
  let resolveStarted: (server: PreviewServer) => void = () => {};
  const started = new Promise<PreviewServer>((resolve) => (resolveStarted = resolve));
  const argv = [
    join(FIXTURES, 'chain-a'),
    join(FIXTURES, 'chain-b'),
    '--port',
    '0',
    '--data',
    freshDataDir('chain'),
    '--processor',
    `${join(FIXTURES, 'chain-b')}=${join(FIXTURES, 'chain-b/processor.mjs')}`,
    '--no-watch',
  ];
  const errors: string[] = [];
  const exited = runPreview(
    argv,
    () => {},
    (line) => errors.push(line),
    {
      waitForStop: (server) => {
        resolveStarted(server);
        return stopped;
      },
    },
  );
  const first = await Promise.race([started, exited]);
  if (typeof first === 'number') throw new Error(`skjema preview exited with ${first}: ${errors.join('; ')}`);
  const server = first;
  const [a, b] = server.apps();
  return {
    a: Object.assign(Object.create(a!) as PreviewServerApp, { url: server.url }),
    b: Object.assign(Object.create(b!) as PreviewServerApp, { url: server.url }),
    close: async () => {
      stop();
      // runPreview closes the server once waitForStop resolves.
      expect(await exited).toBe(0);
    },
  };
}

describe.each([
  ['two preview servers', twoServers],
  ['one preview server with both apps (skjema preview chain-a chain-b)', oneServer],
])('preview: a chain of services through events, %s', (_name, setUp) => {
  let setup: ChainSetup;
  let a: ChainSetup['a'];
  let b: ChainSetup['b'];
  let userToken: string;

  async function call<T>(
    method: string,
    url: string,
    token: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  beforeAll(async () => {
    setup = await setUp();
    ({ a, b } = setup);
    userToken = await (await fetch(`${a.url}/Home/GetTestUserToken?userId=1337`)).text();
  });
  afterAll(() => setup?.close());

  it("completing an application in app A starts a permit in app B for the same party, prefilled from A's data", async () => {
    // App B subscribes, as its service owner, to A's completed instances, with its receiver as the endpoint.
    const ownerOfA = await (await fetch(`${a.url}/Home/GetTestOrgToken/skjema`)).text();
    const subscription = await call<Subscription>('POST', `${a.url}/events/api/v1/subscriptions`, ownerOfA, {
      endPoint: b.eventsReceiverUrl,
      sourceFilter: a.appUrl,
      typeFilter: 'app.instance.process.completed',
    });
    expect(subscription.status).toBe(201);
    await until(async () => {
      const current = await call<Subscription>(
        'GET',
        `${a.url}/events/api/v1/subscriptions/${subscription.body.id}`,
        ownerOfA,
      );
      return current.body.validated;
    });

    const userOfB = await (await fetch(`${b.url}/Home/GetTestUserToken?userId=1337`)).text();
    const before = await call<SimpleInstance[]>('GET', `${b.appUrl}/instances/501337/active`, userOfB);
    expect(before.body).toEqual([]);

    const created = await call<Instance>('POST', `${a.appUrl}/instances?instanceOwnerPartyId=501337`, userToken);
    expect(created.status).toBe(201);
    const application = created.body;
    const element = application.data.find((data) => data.dataType === 'application')!;
    const saved = await call('PATCH', `${a.appUrl}/instances/${application.id}/data/${element.id}`, userToken, {
      patch: [
        { op: 'add', path: '/organiser', value: { name: 'Sophie Salt', email: 'sophie@example.no' } },
        { op: 'add', path: '/event', value: { title: 'Sommerkonsert', date: '2027-06-21' } },
      ],
    });
    expect(saved.status).toBe(200);
    // Nothing is started in B before A is completed.
    await new Promise((done) => setTimeout(done, 100));
    expect((await call<SimpleInstance[]>('GET', `${b.appUrl}/instances/501337/active`, userOfB)).body).toEqual([]);
    expect((await call('PUT', `${a.appUrl}/instances/${application.id}/process/next`, userToken)).status).toBe(200);

    let permits: SimpleInstance[] = [];
    await until(async () => {
      permits = (await call<SimpleInstance[]>('GET', `${b.appUrl}/instances/501337/active`, userOfB)).body;
      return permits.length > 0;
    });
    expect(permits).toHaveLength(1);
    const permit = (await call<Instance>('GET', `${b.appUrl}/instances/${permits[0]!.id}`, userOfB)).body;
    expect(permit.instanceOwner.partyId).toBe('501337');
    expect(permit.process?.currentTask?.elementId).toBe('Task_1');
    const permitData = permit.data.find((data) => data.dataType === 'permit')!;
    const model = await call<Record<string, unknown>>(
      'GET',
      `${b.appUrl}/instances/${permit.id}/data/${permitData.id}`,
      userOfB,
    );
    expect(model.body).toEqual({
      permit: {
        holderName: 'Sophie Salt',
        eventTitle: 'Sommerkonsert',
        eventDate: '2027-06-21',
        application: application.id,
      },
    });
  });

  it("lists each app's own events only, also when both share one database", async () => {
    for (const app of [a, b]) {
      const owner = await (await fetch(`${app.url}/Home/GetTestOrgToken/skjema`)).text();
      const { org, app: name } = app.app();
      const events = await call<{ resource: string; source: string }[]>(
        'GET',
        `${app.url}/events/api/v1/app/${org}/${name}?size=1000`,
        owner,
      );
      expect(events.status).toBe(200);
      expect(events.body.length).toBeGreaterThan(0);
      expect(new Set(events.body.map((event) => event.resource))).toEqual(
        new Set([`urn:altinn:resource:app_${org}_${name}`]),
      );
      expect(events.body.every((event) => event.source.startsWith(`${app.appUrl}/instances/`))).toBe(true);
    }
  });

  it("answers on B's events receiver as the reference: 401 for a wrong code, 200 for validation, 400 without a handler", async () => {
    const receiver = new URL(b.eventsReceiverUrl);
    const post = (url: string, body: unknown) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const event = { specversion: '1.0', id: 'x', type: 'app.instance.created', source: `${a.appUrl}/instances/1/2` };
    receiver.searchParams.set('code', 'wrong');
    expect((await post(receiver.href, event)).status).toBe(401);
    expect((await post(b.eventsReceiverUrl, { ...event, type: 'platform.events.validatesubscription' })).status).toBe(
      200,
    );
    // A is started without a processor, so it has no handler.
    expect((await post(a.eventsReceiverUrl, event)).status).toBe(400);
  });
});

async function until(done: () => Promise<boolean>, attempts = 200): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('Gave up waiting.');
}
