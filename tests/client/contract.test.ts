import { describe, expect, it } from 'vitest';
import { createAppClient, type AppClient } from '../../src/client/index.ts';
import { validateRequest, validateResponse } from '../support/openapi.ts';
import { DATA_ELEMENT_ID, fakeFetch, INSTANCE_ID, type RecordedRequest } from './fakeFetch.ts';
import * as example from './wireExamples.ts';

type MethodName = {
  [K in keyof AppClient]: AppClient[K] extends (...args: never[]) => unknown ? K : never;
}[keyof AppClient];

// Every method of the client, called once. The record type makes a new method without an entry here
// a type error, so nothing the client sends escapes the contract.
const calls: Record<MethodName, (client: AppClient) => Promise<unknown>> = {
  getApplicationMetadata: (client) => client.getApplicationMetadata(),
  getApplicationSettings: (client) => client.getApplicationSettings(),
  getApplicationLanguages: (client) => client.getApplicationLanguages(),
  getLayoutSets: (client) => client.getLayoutSets(),
  getLayouts: (client) => client.getLayouts('form'),
  getLayoutSettings: (client) => client.getLayoutSettings('form'),
  getTexts: (client) => client.getTexts(),
  getJsonSchema: (client) => client.getJsonSchema('model'),
  getValidationConfig: (client) => client.getValidationConfig('model'),
  getOptions: (client) => client.getOptions('kommuner', { query: { fylke: '46' } }),
  createInstance: (client) => client.createInstance(501337),
  getInstance: (client) => client.getInstance(INSTANCE_ID),
  deleteInstance: (client) => client.deleteInstance(INSTANCE_ID, { hard: true }),
  getProcess: (client) => client.getProcess(INSTANCE_ID),
  getProcessHistory: (client) => client.getProcessHistory(INSTANCE_ID),
  processNext: (client) => client.processNext(INSTANCE_ID, { action: 'confirm', actionOnBehalfOf: '910000000' }),
  validateInstance: (client) => client.validateInstance(INSTANCE_ID, { ignoredValidators: ['Required'] }),
  instantiate: (client) =>
    client.instantiate({ instanceOwner: { partyId: 501337 }, prefill: { 'melding.name': 'Ola' } }),
  copyInstance: (client) => client.copyInstance(INSTANCE_ID),
  getActiveInstances: (client) => client.getActiveInstances(501337),
  getDataElement: (client) => client.getDataElement(INSTANCE_ID, DATA_ELEMENT_ID),
  patchData: (client) =>
    client.patchData(INSTANCE_ID, DATA_ELEMENT_ID, {
      patch: [
        { op: 'test', path: '/melding/name', value: 'Gammel' },
        { op: 'replace', path: '/melding/name', value: 'Ny' },
      ],
      ignoredValidators: ['Required'],
    }),
  patchDataMultiple: (client) =>
    client.patchDataMultiple(INSTANCE_ID, {
      patches: [{ dataElementId: DATA_ELEMENT_ID, patch: [{ op: 'add', path: '/melding/list/-', value: 1 }] }],
      ignoredValidators: [],
    }),
  uploadAttachment: (client) =>
    client.uploadAttachment(INSTANCE_ID, 'vedlegg', new Blob(['%PDF'], { type: 'application/pdf' }), {
      filename: 'kvittering.pdf',
    }),
  createDataElement: (client) => client.createDataElement(INSTANCE_ID, 'subform', { name: 'Kari' }),
  getDataElementBinary: (client) => client.getDataElementBinary(INSTANCE_ID, DATA_ELEMENT_ID),
  deleteDataElement: (client) => client.deleteDataElement(INSTANCE_ID, DATA_ELEMENT_ID, { ignoredValidators: [] }),
  getFileScanResult: (client) => client.getFileScanResult(INSTANCE_ID),
  getTags: (client) => client.getTags(INSTANCE_ID, DATA_ELEMENT_ID),
  setTags: (client) => client.setTags(INSTANCE_ID, DATA_ELEMENT_ID, ['kvittering']),
  addTag: (client) => client.addTag(INSTANCE_ID, DATA_ELEMENT_ID, 'kvittering'),
  removeTag: (client) => client.removeTag(INSTANCE_ID, DATA_ELEMENT_ID, 'kvittering'),
  performAction: (client) =>
    client.performAction(INSTANCE_ID, { action: 'lookup', buttonId: 'b', metadata: { k: 'v' } }),
  getParties: (client) => client.getParties({ allowedToInstantiateFilter: true }),
  getCurrentParty: (client) => client.getCurrentParty(),
  setSelectedParty: (client) => client.setSelectedParty(501337),
  getUserProfile: (client) => client.getUserProfile(),
  keepAlive: (client) => client.keepAlive(),
  getStatelessData: (client) => client.getStatelessData('model', { party: 501337, prefill: { a: 1 } }),
  postStatelessData: (client) => client.postStatelessData('model', { melding: {} }, { anonymous: true }),
  listInstances: (client) => client.listInstances({ partyId: 501337, query: 'Kari', page: 2 }),
};

/** skjema's own routes (the preview's inbox): not in the app API's document; tests/preview/inbox.test.ts checks them. */
const isSkjemaRoute = (url: string) => new URL(url).pathname.startsWith('/ttd/a/skjema/');

interface Answer {
  status: number;
  body?: unknown;
  contentType?: string;
}

const json = (body: unknown, status = 200): Answer => ({ status, body, contentType: 'application/json' });
const text = (body: string): Answer => ({ status: 200, body, contentType: 'text/plain' });
const empty = (status: number): Answer => ({ status });

const INSTANCE_PATH = `/instances/${INSTANCE_ID}`;
const DATA_PATH = `${INSTANCE_PATH}/data/${DATA_ELEMENT_ID}`;

/** What the app answers, as its own tests and the spec show; the body is checked against the contract too. */
function answerTo(method: string, url: string): Answer {
  const path = new URL(url).pathname.replace(/^\/ttd\/a/, '');
  const route = `${method} ${path}`;
  const answers: Record<string, Answer> = {
    'GET /api/v1/applicationmetadata': json(example.metadata),
    'GET /api/v1/applicationsettings': json({ appOidcProvider: 'idporten' }),
    'GET /api/v1/applicationlanguages': json([{ language: 'nb' }, { language: 'en' }]),
    'GET /api/layoutsets': json({ sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] }),
    'GET /api/layouts/form': json({ page1: { data: { layout: [] } } }),
    'GET /api/layoutsettings/form': json({ pages: { order: ['page1'] } }),
    'GET /api/v1/texts/nb': json(example.texts),
    'GET /api/jsonschema/model': json({ type: 'object' }),
    'GET /api/validationconfig/model': json({ validations: {}, definitions: {} }),
    'GET /api/options/kommuner': json([
      { value: '4601', label: 'Bergen' },
      { value: 3, label: 'Tre', description: null, helpText: null },
    ]),
    'POST /instances': json(example.instanceResponse, 201),
    'POST /instances/create': json(example.instanceResponse, 201),
    [`GET ${INSTANCE_PATH}`]: json(example.instanceResponse),
    [`DELETE ${INSTANCE_PATH}`]: json(example.instance),
    [`GET ${INSTANCE_PATH}/process`]: json(example.processState),
    [`GET ${INSTANCE_PATH}/process/history`]: json(example.processHistory),
    [`PUT ${INSTANCE_PATH}/process/next`]: json(example.processState),
    [`GET ${INSTANCE_PATH}/validate`]: json([example.issue]),
    'GET /instances/501337/active': json(example.activeInstances),
    [`GET ${DATA_PATH}`]: method === 'GET' && url.includes('includeRowId') ? json({ melding: {} }) : text('%PDF'),
    [`PATCH ${DATA_PATH}`]: json(example.patchResponse),
    [`PATCH ${INSTANCE_PATH}/data`]: json(example.patchResponseMultiple),
    [`POST ${INSTANCE_PATH}/data/vedlegg`]: json(example.postResponse),
    [`POST ${INSTANCE_PATH}/data/subform`]: json(example.postResponse),
    [`DELETE ${DATA_PATH}`]: json(example.deleteResponse),
    [`GET ${INSTANCE_PATH}/filescanresult`]: json(example.fileScan),
    [`GET ${DATA_PATH}/tags`]: json({ tags: ['kvittering'] }),
    [`PUT ${DATA_PATH}/tags`]: json(example.setTagsResponse),
    [`POST ${DATA_PATH}/tags`]: json({ tags: ['kvittering'] }, 201),
    [`DELETE ${DATA_PATH}/tags/kvittering`]: empty(204),
    [`POST ${INSTANCE_PATH}/actions`]: json(example.actionResponse),
    'GET /api/v1/parties': json([example.party]),
    'GET /api/authorization/parties/current': json(example.party),
    'PUT /api/v1/parties/501337': text('Party successfully updated'),
    'GET /api/v1/profile/user': json(example.userProfile),
    'GET /api/Authentication/keepAlive': empty(200),
    'GET /v1/data': json({ melding: { name: 'Ola' } }),
    'POST /v1/data/anonymous': json({ melding: { name: null } }),
    'GET /skjema/inbox': json({
      partyId: 501337,
      view: 'all',
      query: 'Kari',
      page: 2,
      pageSize: 20,
      total: 0,
      pageCount: 1,
      hidden: 0,
      instances: [],
    }),
  };
  const answer = answers[route];
  if (!answer) throw new Error(`The contract test has no answer for ${route}`);
  return answer;
}

function toResponse(answer: Answer): Response {
  const body =
    answer.body === undefined
      ? null
      : answer.contentType === 'text/plain'
        ? String(answer.body)
        : JSON.stringify(answer.body);
  return new Response(body, {
    status: answer.status,
    headers: answer.contentType ? { 'Content-Type': answer.contentType } : {},
  });
}

function requestBody(request: RecordedRequest): unknown {
  if (request.body !== undefined) return JSON.parse(request.body);
  return request.raw ?? undefined;
}

describe('the client against the app API contract (OpenAPI)', () => {
  for (const [name, call] of Object.entries(calls)) {
    it(`${name} sends requests the API documents, and reads documented answers`, async () => {
      const server = fakeFetch((request) => toResponse(answerTo(request.method, request.url)));
      const client = createAppClient({
        baseUrl: 'https://ttd.apps.tt02.altinn.no',
        org: 'ttd',
        app: 'a',
        fetch: server.fetch,
        language: 'nb',
        auth: { kind: 'bearer', token: 't' },
      });
      await call(client);
      expect(server.requests.length).toBeGreaterThan(0);
      for (const request of server.requests) {
        if (isSkjemaRoute(request.url)) {
          expect(new URL(request.url).search).toBe('?party=501337&q=Kari&page=2&language=nb');
          continue;
        }
        const contentType = request.headers.get('Content-Type') ?? undefined;
        expect(
          validateRequest({ method: request.method, url: request.url, body: requestBody(request), contentType }),
        ).toEqual([]);
        const answer = answerTo(request.method, request.url);
        expect(validateResponse({ method: request.method, url: request.url, ...answer })).toEqual([]);
      }
    });
  }
});

describe('the contract check itself', () => {
  const url = `https://ttd.apps.tt02.altinn.no/ttd/a${INSTANCE_PATH}`;

  it('refuses a JSON Patch in the shape the Swashbuckle document shows ({ operations })', () => {
    const errors = validateRequest({
      method: 'PATCH',
      url: `${url}/data/${DATA_ELEMENT_ID}`,
      body: { patch: { operations: [{ op: 'replace', path: '/a', value: 1 }] } },
    });
    expect(errors).toEqual([expect.stringContaining('/patch must be array')]);
  });

  it('refuses an unknown route and a method a route does not have', () => {
    expect(validateRequest({ method: 'GET', url: `${url}/nonsense` })).toEqual([
      expect.stringContaining('has no such path'),
    ]);
    expect(validateRequest({ method: 'PUT', url: `${url}/process` })).toEqual([
      expect.stringContaining('has no PUT on /{org}/{app}/instances/{instanceOwnerPartyId}/{instanceGuid}/process'),
    ]);
  });

  it('refuses a party id that is not a number and a data element id that is not a GUID', () => {
    const errors = validateRequest({ method: 'GET', url: 'https://h/ttd/a/instances/ola/abc/data/xyz/tags' });
    expect(errors).toEqual([
      expect.stringContaining('instanceOwnerPartyId="ola" is not an integer'),
      expect.stringContaining('instanceGuid="abc" is not a UUID'),
      expect.stringContaining('dataGuid="xyz" is not a UUID'),
    ]);
  });

  it('names what is wrong in a response: a missing required field, a numeric action type, an unknown field', () => {
    const { instanceOwner: _omitted, ...withoutOwner } = example.instanceResponse;
    expect(validateResponse({ method: 'GET', url, status: 200, body: withoutOwner })).toEqual([
      expect.stringContaining("must have required property 'instanceOwner'"),
    ]);
    const numericType = {
      ...example.processState,
      currentTask: { ...example.processState.currentTask, userActions: [{ id: 'x', authorized: true, type: 0 }] },
    };
    expect(validateResponse({ method: 'GET', url: `${url}/process`, status: 200, body: numericType })).toEqual(
      expect.arrayContaining([expect.stringContaining('/currentTask/userActions/0/type must be string')]),
    );
    expect(
      validateResponse({
        method: 'GET',
        url: `${url}/process`,
        status: 200,
        body: { ...example.processState, extra: 1 },
      }),
    ).toEqual([expect.stringContaining('does not know: extra')]);
  });

  it('accepts the ended process (currentTask null) and a refused patch with its previous model', () => {
    const ended = { ...example.processState, currentTask: null, ended: '2026-12-07T02:00:00Z', endEvent: 'EndEvent_1' };
    expect(validateResponse({ method: 'GET', url: `${url}/process`, status: 200, body: ended })).toEqual([]);
    const conflict = {
      type: 'https://datatracker.ietf.org/doc/html/rfc6902/',
      title: 'Precondition in patch failed',
      status: 409,
      previousModel: { melding: { name: 'Theirs' } },
      dataElementId: DATA_ELEMENT_ID,
      patchOperationIndex: 0,
    };
    expect(validateResponse({ method: 'PATCH', url: `${url}/data`, status: 409, body: conflict })).toEqual([]);
    const { previousModel: _missing, ...withoutModel } = conflict;
    expect(validateResponse({ method: 'PATCH', url: `${url}/data`, status: 409, body: withoutModel })).toEqual([
      expect.stringContaining("required property 'previousModel'"),
    ]);
  });

  it('does not accept a success status the operation does not document', () => {
    expect(validateResponse({ method: 'GET', url: `${url}/process`, status: 202, body: undefined })).toEqual([
      expect.stringContaining('status 202 is not documented'),
    ]);
  });
});
