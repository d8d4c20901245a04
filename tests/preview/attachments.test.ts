import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataElement } from '../../src/wire/dataElement.ts';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import { PreviewHarness } from './support/previewHarness.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('preview server: attachments', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    harness = await PreviewHarness.start();
  });
  afterAll(() => harness.closeKeepingContract());

  function upload(
    instance: InstanceResponse,
    dataType: string,
    content: Buffer,
    fileName: string,
    contentType: string,
  ) {
    return harness.request<{
      newDataElementId: string;
      instance: InstanceResponse;
      title?: string;
      uploadValidationIssues?: unknown[];
    }>('POST', `instances/${instance.id}/data/${dataType}?language=nb`, {
      raw: content,
      headers: {
        'content-type': contentType,
        'content-disposition': `attachment; filename=${encodeURIComponent(fileName)}`,
      },
    });
  }

  it('stores an upload and returns the same bytes with its content type and file name', async () => {
    const instance = await harness.createInstance();
    const response = await upload(instance, 'attachments', PDF, 'søknad vedlegg.pdf', 'application/pdf');
    expect(response.status).toBe(200);
    const element = response.body.instance.data.find((candidate) => candidate.id === response.body.newDataElementId)!;
    expect(element).toMatchObject({
      dataType: 'attachments',
      filename: 'søknad vedlegg.pdf',
      size: PDF.length,
      fileScanResult: 'NotApplicable',
    });
    const download = await harness.request('GET', `instances/${instance.id}/data/${element.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('søknad vedlegg.pdf'));
    expect(Buffer.from(download.text, 'utf8').equals(PDF)).toBe(true);
  });

  it('refuses a content type the data type does not allow, a name without extension, and an extension that does not fit', async () => {
    const instance = await harness.createInstance();
    const text = await upload(instance, 'attachments', Buffer.from('hello'), 'note.txt', 'text/plain');
    expect(text.status).toBe(400);
    expect(text.body.uploadValidationIssues).toEqual([
      expect.objectContaining({ code: 'ContentTypeNotAllowed', severity: 1 }),
    ]);
    expect((await upload(instance, 'attachments', PDF, 'noextension', 'application/pdf')).status).toBe(400);
    expect((await upload(instance, 'attachments', PDF, 'picture.png', 'application/pdf')).status).toBe(400);
    const read = await harness.request<InstanceResponse>('GET', `instances/${instance.id}`);
    expect(read.body.data.filter((element) => element.dataType === 'attachments')).toEqual([]);
  });

  it('refuses an empty file (400), one above maxSize (413) and one more than maxCount (409)', async () => {
    const instance = await harness.createInstance();
    expect((await upload(instance, 'attachments', Buffer.alloc(0), 'empty.pdf', 'application/pdf')).status).toBe(400);
    const big = Buffer.alloc(1024 * 1024 + 10, 0x41);
    expect((await upload(instance, 'attachments', big, 'big.pdf', 'application/pdf')).status).toBe(413);
    expect((await upload(instance, 'attachments', PDF, 'one.pdf', 'application/pdf')).status).toBe(200);
    expect((await upload(instance, 'attachments', PDF, 'two.pdf', 'application/octet-stream')).status).toBe(200);
    const third = await upload(instance, 'attachments', PDF, 'three.pdf', 'application/pdf');
    expect(third.status).toBe(409);
    expect(third.body.title).toBe('Max Count Exceeded');
  });

  it('records a clean scan for data types with enableFileScan, readable in filescanresult', async () => {
    const instance = await harness.createInstance();
    const response = await upload(instance, 'scanned', Buffer.from('plain text'), 'notes.txt', 'text/plain');
    expect(response.status).toBe(200);
    const scan = await harness.request<{ fileScanResult: string; data: { id: string; fileScanResult: string }[] }>(
      'GET',
      `instances/${instance.id}/filescanresult`,
    );
    expect(scan.body.data).toContainEqual({ id: response.body.newDataElementId, fileScanResult: 'Clean' });
  });

  it('tags a file, and deletes it', async () => {
    const instance = await harness.createInstance();
    const { body } = await upload(instance, 'attachments', PDF, 'tagged.pdf', 'application/pdf');
    const tags = `instances/${instance.id}/data/${body.newDataElementId}/tags`;
    expect((await harness.request('POST', tags, { body: 'kvittering' })).status).toBe(201);
    expect((await harness.request('POST', tags, { body: 'not a tag!' })).status).toBe(400);
    const put = await harness.request('PUT', tags, { body: { tags: ['a', 'b-c'] } });
    expect(put.body).toMatchObject({ tags: ['a', 'b-c'] });
    expect((await harness.request('DELETE', `${tags}/a`)).status).toBe(204);
    expect((await harness.request('GET', tags)).body).toEqual({ tags: ['b-c'] });
    const deleted = await harness.request<{ instance: InstanceResponse }>(
      'DELETE',
      `instances/${instance.id}/data/${body.newDataElementId}`,
    );
    expect(deleted.status).toBe(200);
    expect(deleted.body.instance.data.map((element: DataElement) => element.id)).not.toContain(body.newDataElementId);
  });

  it('refuses to delete the main form data and to write the generated PDF', async () => {
    const instance = await harness.createInstance();
    const model = PreviewHarness.element(instance);
    expect((await harness.request('DELETE', `instances/${instance.id}/data/${model.id}`)).status).toBe(400);
    expect((await upload(instance, 'ref-data-as-pdf', PDF, 'x.pdf', 'application/pdf')).status).toBe(403);
  });
});
