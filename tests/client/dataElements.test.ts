import { describe, expect, it } from 'vitest';
import { ValidationIssueSeverity, type DataPostResponse } from '../../src/client/index.ts';
import { DATA_ELEMENT_ID, fakeFetch, INSTANCE_ID, jsonResponse } from './fakeFetch.ts';
import { APP, clientOver } from './support.ts';

const instance = { id: INSTANCE_ID, appId: 'ttd/a', org: 'ttd', instanceOwner: { partyId: '501337' }, data: [] };
const posted: DataPostResponse = {
  newDataElementId: DATA_ELEMENT_ID,
  instance,
  validationIssues: [],
  newDataModels: [],
};

describe('attachments', () => {
  it('uploads a file as the raw body with its type and a percent-encoded file name', async () => {
    const server = fakeFetch(() => jsonResponse(posted));
    const file = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    const result = await clientOver(server).uploadAttachment(INSTANCE_ID, 'vedlegg', file, {
      filename: 'Søknad (endelig).pdf',
    });
    expect(result).toEqual(posted);
    expect(server.last.method).toBe('POST');
    expect(server.last.url).toBe(`${APP}/instances/${INSTANCE_ID}/data/vedlegg?language=nb`);
    expect(server.last.raw).toBe(file);
    expect(server.last.headers.get('Content-Type')).toBe('application/pdf');
    expect(server.last.headers.get('Content-Disposition')).toBe('attachment; filename=S%C3%B8knad%20%28endelig%29.pdf');
    expect(decodeURIComponent('S%C3%B8knad%20%28endelig%29.pdf')).toBe('Søknad (endelig).pdf');
  });

  it('uses the given content type, else octet-stream for an untyped Blob', async () => {
    const server = fakeFetch(() => jsonResponse(posted));
    const client = clientOver(server);
    await client.uploadAttachment(INSTANCE_ID, 'v', new Blob(['x']), { filename: 'a.txt', contentType: 'text/plain' });
    await client.uploadAttachment(INSTANCE_ID, 'v', new Blob(['x']), { filename: 'a.bin' });
    expect(server.requests.map((request) => request.headers.get('Content-Type'))).toEqual([
      'text/plain',
      'application/octet-stream',
    ]);
  });

  it('asks for validation only when ignored validators are named', async () => {
    const server = fakeFetch(() => jsonResponse(posted));
    await clientOver(server).uploadAttachment(INSTANCE_ID, 'v', new Blob(['x']), {
      filename: 'a.txt',
      ignoredValidators: ['Required', 'Expression'],
    });
    expect(server.last.url).toBe(
      `${APP}/instances/${INSTANCE_ID}/data/v?language=nb&ignoredValidators=Required%2CExpression`,
    );
  });

  it('reports progress 0 at the start and 1 when accepted, and never 1 for a refused file', async () => {
    const accepted: number[] = [];
    await clientOver(fakeFetch(() => jsonResponse(posted))).uploadAttachment(INSTANCE_ID, 'v', new Blob(['x']), {
      filename: 'a.txt',
      onProgress: (fraction) => accepted.push(fraction),
    });
    expect(accepted).toEqual([0, 1]);

    const refused: number[] = [];
    const issue = { severity: 1, source: 'File', code: 'ContentTypeNotAllowed', description: 'Not allowed' };
    const server = fakeFetch(() =>
      jsonResponse({ title: 'File validation failed', status: 400, uploadValidationIssues: [issue] }, { status: 400 }),
    );
    const failure = await clientOver(server)
      .uploadAttachment(INSTANCE_ID, 'v', new Blob(['x']), {
        filename: 'a.exe',
        onProgress: (fraction) => refused.push(fraction),
      })
      .catch((error: unknown) => error);
    expect(refused).toEqual([0]);
    expect(failure).toMatchObject({ status: 400, uploadValidationIssues: [issue] });
    expect((failure as { uploadValidationIssues: { severity: number }[] }).uploadValidationIssues[0].severity).toBe(
      ValidationIssueSeverity.Error,
    );
  });
});

describe('data elements', () => {
  it('creates a form-data element from a model, or the default model without a body', async () => {
    const server = fakeFetch(() => jsonResponse(posted));
    const client = clientOver(server);
    await client.createDataElement(INSTANCE_ID, 'subform', { name: 'Kari' });
    await client.createDataElement(INSTANCE_ID, 'subform');
    const [withModel, withoutModel] = server.requests;
    expect(withModel.url).toBe(`${APP}/instances/${INSTANCE_ID}/data/subform?language=nb`);
    expect(JSON.parse(withModel.body ?? '')).toEqual({ name: 'Kari' });
    expect(withModel.headers.get('Content-Type')).toBe('application/json');
    expect(withoutModel.raw).toBeUndefined();
    expect(withoutModel.headers.get('Content-Type')).toBe('application/json');
  });

  it('downloads a file with its name and content type', async () => {
    const server = fakeFetch(
      () =>
        new Response('hello', {
          headers: {
            'Content-Type': 'text/plain',
            'Content-Disposition': `attachment; filename="report.txt"; filename*=UTF-8''r%C3%B8d%20rapport.txt`,
          },
        }),
    );
    const file = await clientOver(server).getDataElementBinary(INSTANCE_ID, DATA_ELEMENT_ID);
    expect(await file.blob.text()).toBe('hello');
    expect(file.filename).toBe('rød rapport.txt');
    expect(file.contentType).toBe('text/plain');
    expect(server.last.url).toBe(`${APP}/instances/${INSTANCE_ID}/data/${DATA_ELEMENT_ID}`);
    expect(server.last.headers.get('Accept')).toBe('*/*');
  });

  it('reads a plain or missing file name', async () => {
    const plain = fakeFetch(
      () => new Response('x', { headers: { 'Content-Disposition': 'attachment; filename=a.pdf' } }),
    );
    await expect(clientOver(plain).getDataElementBinary(INSTANCE_ID, 'd')).resolves.toMatchObject({
      filename: 'a.pdf',
    });
    const none = fakeFetch(() => new Response('x'));
    await expect(clientOver(none).getDataElementBinary(INSTANCE_ID, 'd')).resolves.toMatchObject({ filename: null });
  });

  it('reads a failed download as an AppApiError with the problem details', async () => {
    const server = fakeFetch(() => jsonResponse({ title: 'Not Found', detail: 'No such element' }, { status: 404 }));
    await expect(clientOver(server).getDataElementBinary(INSTANCE_ID, 'd')).rejects.toMatchObject({
      status: 404,
      problem: { detail: 'No such element' },
    });
  });

  it('deletes a data element, naming the validators to skip when asked', async () => {
    const deleted = { instance, validationIssues: [{ source: 'Required', issues: [] }], newDataModels: [] };
    const server = fakeFetch(() => jsonResponse(deleted));
    const client = clientOver(server);
    await expect(client.deleteDataElement(INSTANCE_ID, DATA_ELEMENT_ID, { ignoredValidators: [] })).resolves.toEqual(
      deleted,
    );
    await client.deleteDataElement(INSTANCE_ID, DATA_ELEMENT_ID);
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `DELETE ${APP}/instances/${INSTANCE_ID}/data/${DATA_ELEMENT_ID}?language=nb&ignoredValidators=`,
      `DELETE ${APP}/instances/${INSTANCE_ID}/data/${DATA_ELEMENT_ID}?language=nb`,
    ]);
  });

  it('reads the file scan result', async () => {
    const scan = {
      id: INSTANCE_ID,
      fileScanResult: 'Pending',
      data: [{ id: DATA_ELEMENT_ID, fileScanResult: 'Pending' }],
    };
    const server = fakeFetch(() => jsonResponse(scan));
    await expect(clientOver(server).getFileScanResult(INSTANCE_ID)).resolves.toEqual(scan);
    expect(server.last.url).toBe(`${APP}/instances/${INSTANCE_ID}/filescanresult`);
  });
});
