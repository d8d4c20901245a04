import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../src/preview/index.ts';
import type { Subscription } from '../../src/preview/events/subscription.ts';
import type { Instance, SimpleInstance } from '../../src/wire/instance.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');

/** Two preview servers, app A (an application) and app B (a permit), each with its own data folder. */
describe('preview: a chain of services through events', () => {
  const dataDirs: string[] = [];
  let a: PreviewServer;
  let b: PreviewServer;
  let userToken: string;

  async function startApp(name: string, processor?: string) {
    const dataDir = mkdtempSync(join(tmpdir(), `skjema-${name}-`));
    dataDirs.push(dataDir);
    return startPreviewServer({
      appDir: join(FIXTURES, name),
      dataDir,
      processor,
      watch: false,
      log: () => {},
      eventDelivery: { retryDelaysMs: Array<number>(20).fill(20) },
    });
  }

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
    a = await startApp('chain-a');
    b = await startApp('chain-b', join(FIXTURES, 'chain-b/processor.mjs'));
    userToken = await (await fetch(`${a.url}/Home/GetTestUserToken?userId=1337`)).text();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

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
