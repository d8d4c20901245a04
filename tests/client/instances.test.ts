import { describe, expect, it } from 'vitest';
import {
  createAppClient,
  ValidationIssueSeverity,
  type DataPatchResponse,
  type DataPatchResponseMultiple,
  type Instance,
  type ProcessState,
} from '../../src/client/index.ts';
import { DATA_ELEMENT_ID, fakeFetch, INSTANCE_ID, jsonResponse } from './fakeFetch.ts';

const APP = 'https://ttd.apps.tt02.altinn.no/ttd/a';
const INSTANCE_URL = `${APP}/instances/${INSTANCE_ID}`;

function clientWith(server: ReturnType<typeof fakeFetch>) {
  return createAppClient({
    baseUrl: 'https://ttd.apps.tt02.altinn.no',
    org: 'ttd',
    app: 'a',
    fetch: server.fetch,
    language: 'nb',
  });
}

const instance: Instance = {
  id: INSTANCE_ID,
  appId: 'ttd/a',
  org: 'ttd',
  instanceOwner: { partyId: '501337' },
  data: [{ id: DATA_ELEMENT_ID, instanceGuid: 'g', dataType: 'model', contentType: 'application/xml', locked: false }],
};

const process: ProcessState = {
  started: '2026-01-01T00:00:00Z',
  currentTask: {
    elementId: 'Task_2',
    altinnTaskType: 'confirmation',
    actions: { read: true, confirm: true },
    userActions: [{ id: 'confirm', authorized: true, type: 'ProcessAction' }],
  },
};

describe('instances and process', () => {
  it('creates an instance with POST, the party id and the language, and no body', async () => {
    const server = fakeFetch(() => jsonResponse(instance, { status: 201 }));
    await expect(clientWith(server).createInstance('501337')).resolves.toEqual(instance);
    expect(server.last.method).toBe('POST');
    expect(server.last.url).toBe(`${APP}/instances?instanceOwnerPartyId=501337&language=nb`);
    expect(server.last.body).toBeUndefined();
  });

  it('gets an instance and its process', async () => {
    const server = fakeFetch(
      () => jsonResponse(instance),
      () => jsonResponse(process),
    );
    const client = clientWith(server);
    await expect(client.getInstance(INSTANCE_ID)).resolves.toEqual(instance);
    await expect(client.getProcess(INSTANCE_ID)).resolves.toEqual(process);
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `GET ${INSTANCE_URL}`,
      `GET ${INSTANCE_URL}/process`,
    ]);
  });

  it('moves the process with PUT and the action in a JSON body', async () => {
    const server = fakeFetch(() => jsonResponse(process));
    const result = await clientWith(server).processNext(INSTANCE_ID, { action: 'confirm' });
    expect(result.currentTask?.elementId).toBe('Task_2');
    expect(server.last.method).toBe('PUT');
    expect(server.last.url).toBe(`${INSTANCE_URL}/process/next?language=nb`);
    expect(server.last.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(server.last.body ?? '')).toEqual({ action: 'confirm' });
  });

  it('sends an empty object to process next without an action, so the backend picks the default', async () => {
    const server = fakeFetch(() => jsonResponse(process));
    await clientWith(server).processNext(INSTANCE_ID, { language: 'en' });
    expect(server.last.body).toBe('{}');
    expect(server.last.url).toBe(`${INSTANCE_URL}/process/next?language=en`);
  });

  it('validates with the validators to skip as one comma-separated parameter', async () => {
    const issues = [{ severity: ValidationIssueSeverity.Warning, source: 'Custom', field: 'a.b', code: 'w' }];
    const server = fakeFetch(() => jsonResponse(issues));
    const result = await clientWith(server).validateInstance(INSTANCE_ID, {
      onlyIncrementalValidators: true,
      ignoredValidators: ['DataAnnotations', 'Required', 'Expression'],
    });
    expect(result[0].severity).toBe(2);
    expect(server.last.method).toBe('GET');
    expect(server.last.url).toBe(
      `${INSTANCE_URL}/validate?language=nb&onlyIncrementalValidators=true&ignoredValidators=DataAnnotations%2CRequired%2CExpression`,
    );
  });
});

describe('form data', () => {
  it('gets a data element with row ids and asks for JSON, not XML', async () => {
    const model = { people: [{ altinnRowId: 'r1', name: 'Ola' }] };
    const server = fakeFetch(() => jsonResponse(model));
    await expect(clientWith(server).getDataElement(INSTANCE_ID, DATA_ELEMENT_ID)).resolves.toEqual(model);
    expect(server.last.url).toBe(`${INSTANCE_URL}/data/${DATA_ELEMENT_ID}?includeRowId=true&language=nb`);
    expect(server.last.headers.get('Accept')).toBe('application/json');
  });

  it('can leave row ids out', async () => {
    const server = fakeFetch();
    await clientWith(server).getDataElement(INSTANCE_ID, DATA_ELEMENT_ID, { includeRowId: false, language: 'en' });
    expect(server.last.url).toBe(`${INSTANCE_URL}/data/${DATA_ELEMENT_ID}?includeRowId=false&language=en`);
  });

  it('patches one model with PATCH and { patch, ignoredValidators }', async () => {
    const response: DataPatchResponse = {
      newDataModel: { name: 'New', calculated: 42 },
      validationIssues: { Required: [] },
      instance,
    };
    const server = fakeFetch(() => jsonResponse(response));
    const request = {
      patch: [
        { op: 'test' as const, path: '/name', value: 'Old' },
        { op: 'replace' as const, path: '/name', value: 'New' },
      ],
      ignoredValidators: ['Required'],
    };
    await expect(clientWith(server).patchData(INSTANCE_ID, DATA_ELEMENT_ID, request)).resolves.toEqual(response);
    expect(server.last.method).toBe('PATCH');
    expect(server.last.url).toBe(`${INSTANCE_URL}/data/${DATA_ELEMENT_ID}?language=nb`);
    expect(JSON.parse(server.last.body ?? '')).toEqual(request);
  });

  it('patches several models in one PATCH on the data collection', async () => {
    const response: DataPatchResponseMultiple = {
      newDataModels: [{ dataElementId: DATA_ELEMENT_ID, data: { name: 'New' } }],
      validationIssues: [{ source: 'Required', issues: [] }],
      instance,
    };
    const server = fakeFetch(() => jsonResponse(response));
    const request = {
      patches: [{ dataElementId: DATA_ELEMENT_ID, patch: [{ op: 'remove' as const, path: '/old' }] }],
      ignoredValidators: [],
    };
    await expect(clientWith(server).patchDataMultiple(INSTANCE_ID, request)).resolves.toEqual(response);
    expect(server.last.method).toBe('PATCH');
    expect(server.last.url).toBe(`${INSTANCE_URL}/data?language=nb`);
    expect(JSON.parse(server.last.body ?? '')).toEqual(request);
  });
});

describe('stateless data', () => {
  it('posts the whole model and returns the recalculated one', async () => {
    const server = fakeFetch(() => jsonResponse({ a: 1, sum: 2 }));
    const result = await clientWith(server).postStatelessData('model', { a: 1 }, { party: 501337 });
    expect(result).toEqual({ a: 1, sum: 2 });
    expect(server.last.method).toBe('POST');
    expect(server.last.url).toBe(`${APP}/v1/data?dataType=model&includeRowId=true&language=nb`);
    expect(server.last.headers.get('party')).toBe('partyid:501337');
    expect(JSON.parse(server.last.body ?? '')).toEqual({ a: 1 });
  });

  it('uses the anonymous route and passes a party given as text through', async () => {
    const server = fakeFetch();
    const client = clientWith(server);
    await client.postStatelessData('model', undefined, { anonymous: true });
    await client.postStatelessData('model', {}, { party: 'org:991825827' });
    expect(server.requests[0].url).toBe(`${APP}/v1/data/anonymous?dataType=model&includeRowId=true&language=nb`);
    expect(server.requests[0].body).toBe('{}');
    expect(server.requests[0].headers.has('party')).toBe(false);
    expect(server.requests[1].headers.get('party')).toBe('org:991825827');
  });

  it('gets a new model with prefill as a JSON query parameter', async () => {
    const server = fakeFetch(() => jsonResponse({ name: 'Ola' }));
    await clientWith(server).getStatelessData('model', { prefill: { name: 'Ola' } });
    expect(server.last.method).toBe('GET');
    expect(new URL(server.last.url).searchParams.get('prefill')).toBe('{"name":"Ola"}');
    expect(server.last.body).toBeUndefined();
  });
});
