import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudEvent } from '../../src/preview/events/cloudEvent.ts';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import { PreviewHarness } from './support/previewHarness.ts';

const EVENTS = '/events/api/v1/app/skjema/preview-fixture';

describe('preview server: events of instances', () => {
  let harness: PreviewHarness;
  let orgToken: string;
  beforeAll(async () => {
    harness = await PreviewHarness.start({
      processor: {
        processDataWrite: ({ data }) => {
          if (data.name === 'boom') throw new Error('boom');
        },
        handleEvent: ({ event }) => {
          if (event.type === 'later') return false;
          if (event.type === 'broken') throw new Error('the handler is broken');
          return true;
        },
      },
    });
    orgToken = await (await fetch(`${harness.server.url}/Home/GetTestOrgToken/skjema`)).text();
  });
  afterAll(() => harness.closeKeepingContract());

  async function eventsOf(instanceId: string): Promise<CloudEvent[]> {
    const response = await harness.request<CloudEvent[]>('GET', `${EVENTS}?size=1000`, { token: orgToken });
    expect(response.status).toBe(200);
    return response.body.filter((event) => event.resourceinstance === instanceId);
  }

  async function save(instance: InstanceResponse, name: string) {
    const element = PreviewHarness.element(instance);
    return harness.request('PATCH', `instances/${instance.id}/data/${element.id}`, {
      body: { patch: [{ op: 'add', path: '/name', value: name }] },
    });
  }

  it('tells every change of an instance as a CloudEvent of the platform, in order, with skjema additions for saves and deletion', async () => {
    const instance = await harness.createInstance();
    expect((await save(instance, 'Kari')).status).toBe(200);
    expect((await harness.request('PUT', `instances/${instance.id}/process/next`)).status).toBe(200);
    expect((await harness.request('PUT', `instances/${instance.id}/process/next`)).status).toBe(200);
    expect((await harness.request('DELETE', `instances/${instance.id}`)).status).toBe(200);

    const events = await eventsOf(instance.id);
    expect(events.map((event) => event.type)).toEqual([
      'app.instance.created',
      'app.instance.process.movedTo.Task_1',
      'app.instance.data.saved',
      'app.instance.process.movedTo.Task_2',
      'app.instance.process.completed',
      'app.instance.deleted',
    ]);
    const source = `${harness.server.appUrl}/instances/${instance.id}`;
    for (const event of events) {
      expect(event).toMatchObject({
        specversion: '1.0',
        source,
        subject: '/party/501337',
        alternativesubject: `/person/${instance.instanceOwner.personNumber}`,
        resource: 'urn:altinn:resource:app_skjema_preview-fixture',
        resourceinstance: instance.id,
      });
      expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(Number.isNaN(Date.parse(event.time))).toBe(false);
    }
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    expect(events[2]!.data).toEqual({ dataElementId: PreviewHarness.element(instance).id, dataType: 'model' });
    expect(events[5]!.data).toEqual({ hard: false });
  });

  it('records a hard deletion, and no event for a change that was not stored', async () => {
    const instance = await harness.createInstance();
    expect((await save(instance, 'boom')).status).toBe(500);
    expect((await harness.request('DELETE', `instances/${instance.id}?hard=true`)).status).toBe(200);
    const events = await eventsOf(instance.id);
    expect(events.map((event) => [event.type, event.data])).toEqual([
      ['app.instance.created', undefined],
      ['app.instance.process.movedTo.Task_1', undefined],
      ['app.instance.deleted', { hard: true }],
    ]);
  });

  it('gives the events page by page after a given event, by type', async () => {
    const instance = await harness.createInstance();
    await save(instance, 'Ola');
    await save(instance, 'Ola Nordmann');
    const first = await harness.request<CloudEvent[]>('GET', `${EVENTS}?size=2`, { token: orgToken });
    expect(first.body).toHaveLength(2);
    const next = first.headers.get('next');
    expect(next).toContain(`after=${first.body[1]!.id}`);
    const second = await harness.request<CloudEvent[]>('GET', new URL(next!).pathname + new URL(next!).search, {
      token: orgToken,
    });
    expect(second.body[0]!.id).not.toBe(first.body[1]!.id);
    const saved = await harness.request<CloudEvent[]>(
      'GET',
      `${EVENTS}?type=app.instance.data.saved&after=${first.body[1]!.id}&size=1000`,
      { token: orgToken },
    );
    expect(saved.body.filter((event) => event.resourceinstance === instance.id)).toHaveLength(2);
    expect(saved.body.every((event) => event.type === 'app.instance.data.saved')).toBe(true);
    const unknown = await harness.request('GET', `${EVENTS}?after=no-such-event`, { token: orgToken });
    expect(unknown.status).toBe(400);
  });

  it('lets the service owner read all events and a user only those of a party they act for', async () => {
    await harness.createInstance(501337);
    expect((await harness.request('GET', EVENTS, { token: null })).status).toBe(401);
    const withoutParty = await harness.request<{ detail: string }>('GET', EVENTS);
    expect(withoutParty.status).toBe(400);
    expect(withoutParty.body.detail).toContain('?party=');
    const own = await harness.request<CloudEvent[]>('GET', `${EVENTS}?party=501337&size=1000`);
    expect(own.status).toBe(200);
    expect(own.body.length).toBeGreaterThan(0);
    expect(own.body.every((event) => event.subject === '/party/501337')).toBe(true);
    const ola = await harness.tokenFor(12345);
    expect((await harness.request('GET', `${EVENTS}?party=501337`, { token: ola })).status).toBe(403);
    expect((await harness.request('GET', '/events/api/v1/app/skjema/other-app', { token: orgToken })).status).toBe(404);
  });

  it("answers the app's events receiver by what handleEvent does: 200 handled, 425 later, 500 with the error", async () => {
    const receiver = new URL(harness.server.eventsReceiverUrl);
    const path = `api/v1/eventsreceiver${receiver.search}`;
    const post = (type: string, to = path) =>
      harness.request<{ detail: string }>('POST', to, {
        body: { specversion: '1.0', id: 'e1', type, source: harness.server.appUrl },
        token: null,
      });
    expect((await post('app.instance.created')).status).toBe(200);
    expect((await post('later')).status).toBe(425);
    const broken = await post('broken');
    expect(broken.status).toBe(500);
    expect(broken.text).toContain('the handler is broken');
    expect((await post('app.instance.created', 'api/v1/eventsreceiver')).status).toBe(401);
  });
});
