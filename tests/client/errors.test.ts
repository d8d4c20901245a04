import { describe, expect, it } from 'vitest';
import { AppApiError, createAppClient, isAppApiError, ValidationIssueSeverity } from '../../src/client/index.ts';
import { fakeFetch, INSTANCE_ID, jsonResponse, textResponse } from './fakeFetch.ts';

const APP = 'https://ttd.apps.tt02.altinn.no/ttd/a';

function clientWith(fetch: ReturnType<typeof fakeFetch>['fetch']) {
  // No retries: these tests are about how one failure reads (retries.test.ts covers the retrying).
  return createAppClient({
    baseUrl: 'https://ttd.apps.tt02.altinn.no',
    org: 'ttd',
    app: 'a',
    fetch,
    language: 'nb',
    retry: { attempts: 0 },
  });
}

async function failureOf(promise: Promise<unknown>): Promise<AppApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isAppApiError(error)) throw new Error(`Expected an AppApiError, got ${String(error)}`);
  return error;
}

describe('AppApiError', () => {
  it('maps a 404 with a ProblemDetails body', async () => {
    const problem = {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
      title: 'Not Found',
      status: 404,
      traceId: '00-abc',
    };
    const server = fakeFetch(() => jsonResponse(problem, { status: 404, statusText: 'Not Found' }));
    const error = await failureOf(clientWith(server.fetch).getInstance(INSTANCE_ID));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AppApiError');
    expect(error.status).toBe(404);
    expect(error.method).toBe('GET');
    expect(error.url).toBe(`${APP}/instances/${INSTANCE_ID}`);
    expect(error.body).toEqual(problem);
    expect(error.problem?.title).toBe('Not Found');
    expect(error.validationIssues).toBeUndefined();
    expect(error.message).toBe(`GET ${APP}/instances/${INSTANCE_ID} failed: 404 Not Found`);
  });

  it('exposes the blocking issues of a 409 from process next', async () => {
    const issues = [
      {
        severity: ValidationIssueSeverity.Error,
        field: 'melding.name',
        code: 'required',
        description: 'Du må fylle ut navn',
        source: 'Required',
        dataElementId: 'd1',
      },
    ];
    const body = {
      title: 'Validation failed for task',
      detail: '1 validation errors found for task Task_1',
      status: 409,
      validationIssues: issues,
    };
    const server = fakeFetch(() => jsonResponse(body, { status: 409, statusText: 'Conflict' }));
    const error = await failureOf(clientWith(server.fetch).processNext(INSTANCE_ID, { action: 'write' }));
    expect(error.status).toBe(409);
    expect(error.validationIssues).toEqual(issues);
    expect(error.validationIssues?.[0].severity).toBe(1);
    expect(error.message).toBe(
      `PUT ${APP}/instances/${INSTANCE_ID}/process/next?language=nb failed: 409 Conflict (1 validation errors found for task Task_1)`,
    );
  });

  it('has no validation issues for a 409 without them (another process next holds the lock)', async () => {
    const server = fakeFetch(() => jsonResponse({ title: 'Conflict', status: 409 }, { status: 409 }));
    const error = await failureOf(clientWith(server.fetch).processNext(INSTANCE_ID));
    expect(error.validationIssues).toBeUndefined();
  });

  it('keeps a 409 patch conflict body with the previous model for a rebase', async () => {
    const body = {
      title: 'Precondition in patch failed',
      status: 409,
      previousModel: { name: 'Server' },
      dataElementId: 'd1',
      patchOperationIndex: 0,
    };
    const server = fakeFetch(() => jsonResponse(body, { status: 409 }));
    const error = await failureOf(clientWith(server.fetch).patchData(INSTANCE_ID, 'd1', { patch: [] }));
    expect(error.problem?.previousModel).toEqual({ name: 'Server' });
    expect(error.message).toMatch(/failed: 409 Conflict \(Precondition in patch failed\)$/);
  });

  it('keeps a text body as text and shows it in the message', async () => {
    const server = fakeFetch(() =>
      textResponse('Something went wrong', { status: 500, statusText: 'Internal Server Error' }),
    );
    const error = await failureOf(clientWith(server.fetch).getApplicationMetadata());
    expect(error.status).toBe(500);
    expect(error.body).toBe('Something went wrong');
    expect(error.problem).toBeUndefined();
    expect(error.message).toBe(
      `GET ${APP}/api/v1/applicationmetadata failed: 500 Internal Server Error (Something went wrong)`,
    );
  });

  it('cuts a long text body short in the message but keeps all of it in body', async () => {
    const page = `<html>${'x'.repeat(1000)}</html>`;
    const server = fakeFetch(() => textResponse(page, { status: 502 }));
    const error = await failureOf(clientWith(server.fetch).getLayoutSets());
    expect(error.body).toBe(page);
    expect(error.message.length).toBeLessThan(400);
  });

  it('fills in the reason phrase that HTTP/2 responses lack, and handles an empty body', async () => {
    const server = fakeFetch(() => new Response(null, { status: 403 }));
    const error = await failureOf(clientWith(server.fetch).getProcess(INSTANCE_ID));
    expect(error.statusText).toBe('Forbidden');
    expect(error.body).toBeUndefined();
    expect(error.message).toBe(`GET ${APP}/instances/${INSTANCE_ID}/process failed: 403 Forbidden`);
  });

  it('reports a network failure as status 0 with the cause', async () => {
    const cause = new TypeError('Failed to fetch');
    const error = await failureOf(clientWith(() => Promise.reject(cause)).createInstance(501337));
    expect(error.status).toBe(0);
    expect(error.method).toBe('POST');
    expect(error.url).toBe(`${APP}/instances?instanceOwnerPartyId=501337&language=nb`);
    expect(error.cause).toBe(cause);
    expect(error.body).toBeUndefined();
    expect(error.message).toBe(
      `POST ${APP}/instances?instanceOwnerPartyId=501337&language=nb failed: network error (Failed to fetch)`,
    );
  });

  it('rejects a successful response whose body is not the JSON the method promises', async () => {
    const server = fakeFetch(() => textResponse('<html>login</html>'));
    const error = await failureOf(clientWith(server.fetch).getInstance(INSTANCE_ID));
    expect(error.status).toBe(200);
    expect(error.body).toBe('<html>login</html>');
    expect(error.message).toMatch(/returned a body that is not JSON/);
  });

  it('rejects an empty successful response where JSON is required', async () => {
    const server = fakeFetch(() => new Response(null, { status: 204 }));
    const error = await failureOf(clientWith(server.fetch).getLayoutSets());
    expect(error.message).toMatch(/returned an empty body/);
  });

  it("carries the server's current model when a patch is refused (409 test failed, 422 other op)", async () => {
    for (const status of [409, 422]) {
      const body = {
        type: 'https://datatracker.ietf.org/doc/html/rfc6902/',
        title: 'Precondition in patch failed',
        status,
        previousModel: { melding: { name: 'Theirs' } },
        dataElementId: 'fc121812-0336-45fb-a75c-490df3ad5109',
        patchOperationIndex: 0,
      };
      const server = fakeFetch(() => jsonResponse(body, { status }));
      const error = await failureOf(clientWith(server.fetch).patchData(INSTANCE_ID, 'd', { patch: [] }));
      expect(error.previousModel).toEqual({ melding: { name: 'Theirs' } });
      expect(error.dataPatchError?.patchOperationIndex).toBe(0);
    }
  });

  it('has no previous model for a 409 that is not a refused patch', async () => {
    const server = fakeFetch(() => jsonResponse({ title: 'Conflict', detail: 'Instance Not Active' }, { status: 409 }));
    const error = await failureOf(clientWith(server.fetch).patchData(INSTANCE_ID, 'd', { patch: [] }));
    expect(error.dataPatchError).toBeUndefined();
    expect(error.previousModel).toBeUndefined();
  });
});
