import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AltinnApp } from '../../src/react/app/AltinnApp.tsx';

/**
 * `<AltinnApp>` built from an address in Chromium: the real client and connected layer over a
 * scripted `fetch` that answers like an app backend. It checks what only a browser shows: cookie
 * mode echoes the readable XSRF cookie on writes, and the browser's own "leave site?" question is
 * asked while a change is unsaved.
 */
const ROOT = 'http://app.test/skjema/fake';
const party = { partyId: 501, partyTypeName: 1, name: 'Ola Nordmann', ssn: '01017012345', isDeleted: false };
const guid = '6f1e4b52-8d0b-4c51-9a7e-2c3f1b9d0e11';
const instanceId = `501/${guid}`;

interface Recorded {
  method: string;
  path: string;
  xsrf: string | null;
  body?: unknown;
}

function fakeBackend() {
  const requests: Recorded[] = [];
  const unknown: string[] = [];
  let model: Record<string, unknown> = { name: 'Sommerfest' };
  let ended = false;
  const element = {
    id: 'model-1',
    instanceGuid: guid,
    dataType: 'model',
    contentType: 'application/json',
    locked: false,
    selfLinks: { apps: `${ROOT}/instances/${instanceId}/data/model-1` },
  };
  const instance = () => ({
    id: instanceId,
    appId: 'skjema/fake',
    org: 'skjema',
    instanceOwner: { partyId: '501', party },
    data: [element],
    lastChanged: '2026-12-05T10:00:00Z',
    process: { currentTask: ended ? null : { elementId: 'Task_1', altinnTaskType: 'data' } },
  });
  const process = () =>
    ended
      ? { started: '2026-12-05T10:00:00Z', ended: '2026-12-05T10:30:00Z', endEvent: 'End' }
      : {
          started: '2026-12-05T10:00:00Z',
          currentTask: {
            elementId: 'Task_1',
            altinnTaskType: 'data',
            read: true,
            write: true,
            actions: { read: true, write: true },
            userActions: [
              { id: 'read', authorized: true, type: 'ProcessAction' },
              { id: 'write', authorized: true, type: 'ProcessAction' },
            ],
          },
          processTasks: [{ elementId: 'Task_1', altinnTaskType: 'data' }],
        };
  const routes: [string, RegExp, (body: unknown) => [number, unknown]][] = [
    [
      'GET',
      /^api\/v1\/applicationmetadata/,
      () => [
        200,
        {
          id: 'skjema/fake',
          org: 'skjema',
          title: { nb: 'Arrangement' },
          dataTypes: [
            {
              id: 'model',
              appLogic: { classRef: 'App.Model', autoCreate: true },
              taskId: 'Task_1',
              maxCount: 1,
              minCount: 1,
              allowedContentTypes: ['application/xml'],
            },
          ],
          partyTypesAllowed: { person: true, organisation: true, subUnit: true, bankruptcyEstate: false },
          onEntry: { show: 'new-instance' },
          altinnNugetVersion: '8.12.7.300',
        },
      ],
    ],
    ['GET', /^api\/layoutsets/, () => [200, { sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] }]],
    ['GET', /^api\/v1\/applicationsettings/, () => [200, {}]],
    ['GET', /^api\/v1\/applicationlanguages/, () => [200, [{ language: 'nb' }]]],
    [
      'GET',
      /^api\/v1\/texts\/nb/,
      () => [200, { language: 'nb', resources: [{ id: 'name.title', value: 'Navn på arrangementet' }] }],
    ],
    [
      'GET',
      /^api\/v1\/profile\/user/,
      () => [200, { userId: 1337, partyId: 501, party, profileSettingPreference: { doNotPromptForParty: true } }],
    ],
    ['GET', /^api\/v1\/parties/, () => [200, [party]]],
    ['GET', /^api\/authorization\/parties\/current/, () => [200, party]],
    ['POST', /^instances\?/, () => [201, instance()]],
    ['GET', /^instances\/501\/[^/]+\/process/, () => [200, process()]],
    ['GET', /^instances\/501\/[^/]+\/validate/, () => [200, []]],
    ['GET', /^instances\/501\/[^/]+\/data\/model-1/, () => [200, model]],
    [
      'PATCH',
      /^instances\/501\/[^/]+\/data/,
      (body) => {
        const patch = (body as { patches: { patch: { op: string; path: string; value?: unknown }[] }[] }).patches[0];
        for (const op of patch.patch) {
          const key = op.path.slice(1);
          if (op.op === 'add' || op.op === 'replace') model = { ...model, [key]: op.value };
          if (op.op === 'remove') model = Object.fromEntries(Object.entries(model).filter(([k]) => k !== key));
        }
        return [
          200,
          { validationIssues: [], newDataModels: [{ dataElementId: 'model-1', data: model }], instance: instance() },
        ];
      },
    ],
    [
      'PUT',
      /^instances\/501\/[^/]+\/process\/next/,
      () => {
        ended = true;
        return [200, process()];
      },
    ],
    ['GET', /^instances\/501\/[^/?]+(\?|$)/, () => [200, instance()]],
    [
      'GET',
      /^api\/layouts\/form/,
      () => [
        200,
        {
          page1: {
            data: {
              layout: [
                {
                  id: 'name',
                  type: 'Input',
                  dataModelBindings: { simpleBinding: 'name' },
                  textResourceBindings: { title: 'name.title' },
                },
                { id: 'submit', type: 'Button' },
              ],
            },
          },
        },
      ],
    ],
    ['GET', /^api\/layoutsettings\/form/, () => [200, { pages: { order: ['page1'] } }]],
    // A model without expression validations: the backend answers 204, as the reference does.
    ['GET', /^api\/validationconfig\/model/, () => [204, null]],
    ['GET', /^api\/jsonschema\/model/, () => [200, { type: 'object', properties: { name: { type: 'string' } } }]],
  ];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const path = request.url.slice(ROOT.length + 1);
    const text = request.method === 'GET' ? '' : await request.text();
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    requests.push({ method: request.method, path, xsrf: request.headers.get('X-XSRF-TOKEN'), body });
    const route = routes.find(([method, pattern]) => method === request.method && pattern.test(path));
    if (!route) {
      unknown.push(`${request.method} ${path}`);
      return new Response(null, { status: 404 });
    }
    const [status, json] = route[2](body);
    if (status === 204) return new Response(null, { status });
    return new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, requests, unknown, model: () => model };
}

afterEach(() => {
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('AltinnApp in Chromium', () => {
  it('runs from an address in cookie mode: writes carry the XSRF cookie, the data is saved, submit ends on the receipt', async () => {
    document.cookie = 'XSRF-TOKEN=token-from-cookie';
    const backend = fakeBackend();
    const original = globalThis.fetch;
    globalThis.fetch = backend.fetch as typeof globalThis.fetch;
    try {
      const screen = await render(
        <main>
          <AltinnApp baseUrl="http://app.test" org="skjema" app="fake" auth={{ kind: 'cookie' }} />
        </main>,
      );
      const field = screen.getByRole('textbox', { name: 'Navn på arrangementet' });
      await expect.element(field).toHaveValue('Sommerfest');
      await userEvent.fill(field, 'Vinterfest');
      await userEvent.click(screen.getByRole('button', { name: 'Send inn' }));
      await expect.element(screen.getByRole('heading', { level: 1, name: 'Skjemaet er sendt inn' })).toBeVisible();

      expect(backend.model()).toEqual({ name: 'Vinterfest' });
      const writes = backend.requests.filter((request) => request.method !== 'GET');
      expect(writes.map((request) => request.method)).toEqual(expect.arrayContaining(['POST', 'PATCH', 'PUT']));
      expect(writes.every((request) => request.xsrf === 'token-from-cookie')).toBe(true);
      expect(
        backend.requests.filter((request) => request.method === 'GET').every((request) => request.xsrf === null),
      ).toBe(true);
      expect(backend.unknown).toEqual([]);
    } finally {
      globalThis.fetch = original;
    }
  });
});
