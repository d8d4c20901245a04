import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Subscription } from '../../src/preview/events/subscription.ts';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import { EventReceiver } from './support/eventReceiver.ts';
import { PreviewHarness } from './support/previewHarness.ts';

const SUBSCRIPTIONS = '/events/api/v1/subscriptions';

describe('preview server: event subscriptions', () => {
  let harness: PreviewHarness;
  let receiver: EventReceiver;
  let orgToken: string;
  beforeAll(async () => {
    harness = await PreviewHarness.start({ eventDelivery: { retryDelaysMs: [10, 10, 10] } });
    receiver = await EventReceiver.start((_body, path) => (path.includes('refuse') ? 500 : 200));
    orgToken = await (await fetch(`${harness.server.url}/Home/GetTestOrgToken/skjema`)).text();
  });
  afterAll(async () => {
    await harness.close();
    await receiver.close();
  });

  const subscribe = (body: Record<string, unknown>, token?: string) =>
    harness.request<Subscription & { detail?: string }>('POST', SUBSCRIPTIONS, { body, token });

  async function validated(id: number, token?: string): Promise<Subscription> {
    await receiver.until(() =>
      receiver.received.some((event) => event.type === 'platform.events.validatesubscription' && event.status === 200),
    );
    for (let attempt = 0; attempt < 100; attempt++) {
      const subscription = await harness.request<Subscription>('GET', `${SUBSCRIPTIONS}/${id}`, { token });
      if (subscription.body.validated) return subscription.body;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`Subscription ${id} was not validated.`);
  }

  async function completeInstance(partyId = 501337): Promise<InstanceResponse> {
    const instance = await harness.createInstance(partyId);
    const element = PreviewHarness.element(instance);
    await harness.request('PATCH', `instances/${instance.id}/data/${element.id}`, {
      body: { patch: [{ op: 'add', path: '/name', value: 'Kari' }] },
    });
    await harness.request('PUT', `instances/${instance.id}/process/next`);
    await harness.request('PUT', `instances/${instance.id}/process/next`);
    return instance;
  }

  it('creates a subscription for the service owner, validates the endpoint, then delivers matching events', async () => {
    const created = await subscribe(
      { endPoint: receiver.url, sourceFilter: harness.server.appUrl, typeFilter: 'app.instance.process.completed' },
      orgToken,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      endPoint: receiver.url,
      sourceFilter: harness.server.appUrl,
      resourceFilter: 'urn:altinn:resource:app_skjema_preview-fixture',
      typeFilter: 'app.instance.process.completed',
      subjectFilter: null,
      consumer: '/org/skjema',
      createdBy: '/org/skjema',
      validated: false,
    });
    expect(created.headers.get('location')).toBe(`${harness.server.url}${SUBSCRIPTIONS}/${created.body.id}`);
    await validated(created.body.id, orgToken);
    const validation = receiver.received.find((event) => event.type === 'platform.events.validatesubscription')!;
    expect(validation.body).toMatchObject({
      specversion: '1.0',
      source: `${harness.server.url}/events/api/v1/subscriptions/${created.body.id}`,
    });

    const instance = await completeInstance();
    await receiver.until(() => receiver.accepted().some((event) => event.resourceinstance === instance.id));
    const delivered = receiver.accepted().filter((event) => event.resourceinstance === instance.id);
    // Only the type asked for; the instance had created, moved, saved and completed events.
    expect(delivered.map((event) => event.type)).toEqual(['app.instance.process.completed']);

    const again = await subscribe(
      { endPoint: receiver.url, sourceFilter: harness.server.appUrl, typeFilter: 'app.instance.process.completed' },
      orgToken,
    );
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(created.body.id);
    const list = await harness.request<{ count: number; subscriptions: Subscription[] }>('GET', SUBSCRIPTIONS, {
      token: orgToken,
    });
    expect(list.body.count).toBe(1);
    expect(list.body.subscriptions[0]!.id).toBe(created.body.id);

    expect((await harness.request('DELETE', `${SUBSCRIPTIONS}/${created.body.id}`, { token: orgToken })).status).toBe(
      200,
    );
    expect((await harness.request('GET', `${SUBSCRIPTIONS}/${created.body.id}`, { token: orgToken })).status).toBe(404);
    const count = receiver.received.length;
    await completeInstance();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.received.length).toBe(count);
  });

  it("gives a user's subscription the events of the party named, by person number too, and keeps it from others", async () => {
    const created = await subscribe({
      endPoint: receiver.url,
      sourceFilter: harness.server.appUrl,
      alternativeSubjectFilter: '/person/01039012345',
      typeFilter: 'app.instance.created',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ subjectFilter: '/party/501337', consumer: '/user/1337' });
    await validated(created.body.id);
    const sophies = await harness.createInstance(501337);
    const ola = await harness.tokenFor(12345);
    const olas = await harness.request<InstanceResponse>('POST', 'instances?instanceOwnerPartyId=512345', {
      token: ola,
    });
    expect(olas.status).toBe(201);
    await receiver.until(() => receiver.accepted().some((event) => event.resourceinstance === sophies.id));
    expect(receiver.received.some((event) => event.resourceinstance === olas.body.id)).toBe(false);

    expect((await harness.request('GET', `${SUBSCRIPTIONS}/${created.body.id}`, { token: ola })).status).toBe(403);
    expect((await harness.request('DELETE', `${SUBSCRIPTIONS}/${created.body.id}`, { token: ola })).status).toBe(403);
    const olasList = await harness.request<{ count: number }>('GET', SUBSCRIPTIONS, { token: ola });
    expect(olasList.body.count).toBe(0);
  });

  it('refuses subscriptions it cannot honour, saying what to change', async () => {
    const cases: [Record<string, unknown>, string | undefined, number, string][] = [
      [{ sourceFilter: harness.server.appUrl }, orgToken, 400, 'endPoint is required'],
      [{ endPoint: 'http://example.com/hook', sourceFilter: harness.server.appUrl }, orgToken, 400, 'https'],
      [{ endPoint: receiver.url }, orgToken, 400, 'sourceFilter'],
      [{ endPoint: receiver.url, sourceFilter: `${harness.server.appUrl}/instances` }, orgToken, 400, '{org}/{app}'],
      [
        { endPoint: receiver.url, resourceFilter: 'urn:altinn:resource:app_other_app' },
        orgToken,
        400,
        'apps it serves',
      ],
      [{ endPoint: receiver.url, sourceFilter: harness.server.appUrl }, undefined, 400, 'needs a subject'],
      [
        { endPoint: receiver.url, sourceFilter: harness.server.appUrl, subjectFilter: '/party/512345' },
        undefined,
        403,
        'cannot act for party 512345',
      ],
      [
        { endPoint: receiver.url, sourceFilter: harness.server.appUrl, includeSubunits: true },
        orgToken,
        400,
        'includeSubunits',
      ],
    ];
    for (const [body, token, status, detail] of cases) {
      const response = await subscribe(body, token);
      expect({ body, status: response.status }).toEqual({ body, status });
      expect(response.body.detail).toContain(detail);
    }
    expect(
      (await harness.request('POST', SUBSCRIPTIONS, { body: { endPoint: receiver.url }, token: null })).status,
    ).toBe(401);
  });

  it('sends no events to an endpoint that did not accept the validation event, and stops asking after the schedule', async () => {
    const refusing = `${receiver.url}?refuse`;
    const created = await subscribe({ endPoint: refusing, sourceFilter: harness.server.appUrl }, orgToken);
    expect(created.status).toBe(201);
    const toRefusing = () => receiver.received.filter((event) => event.path.includes('refuse'));
    // The first attempt and the three retries of the schedule.
    await receiver.until(() => toRefusing().length === 4);
    await completeInstance();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(toRefusing().map((event) => event.type)).toEqual(Array(4).fill('platform.events.validatesubscription'));
    const subscription = await harness.request<Subscription>('GET', `${SUBSCRIPTIONS}/${created.body.id}`, {
      token: orgToken,
    });
    expect(subscription.body.validated).toBe(false);
  });

  it("gives a main unit's subscription with includeSubunits its subunits' events too", async () => {
    const make = async (path: string, includeSubunits: boolean) => {
      const created = await subscribe(
        {
          endPoint: `${receiver.url}?${path}`,
          sourceFilter: harness.server.appUrl,
          subjectFilter: '/party/500000',
          typeFilter: 'app.instance.created',
          includeSubunits,
        },
        orgToken,
      );
      expect(created.status).toBe(201);
      await receiver.until(() =>
        receiver.received.some(
          (event) => event.path.endsWith(path) && event.type === 'platform.events.validatesubscription',
        ),
      );
    };
    await make('with-subunits', true);
    await make('main-unit-only', false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const subunit = await harness.createInstance(500001);
    const mainUnit = await harness.createInstance(500000);
    const to = (path: string) =>
      receiver
        .accepted()
        .filter((event) => event.path.endsWith(path) && event.type === 'app.instance.created')
        .map((event) => event.resourceinstance);
    await receiver.until(() => to('with-subunits').length === 2 && to('main-unit-only').length === 1);
    expect(to('with-subunits').sort()).toEqual([subunit.id, mainUnit.id].sort());
    expect(to('main-unit-only')).toEqual([mainUnit.id]);
  });
});
