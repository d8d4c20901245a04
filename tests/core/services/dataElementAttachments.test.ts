import { describe, expect, it } from 'vitest';
import { attachmentServiceOf, type DataElementAttachments } from '../../../src/core/services/dataElementAttachments.ts';
import type { AttachmentMethods } from '../../../src/connected/types.ts';
import type { DataElement } from '../../../src/wire/dataElement.ts';

// The connected layer's attachments are what the service runs over (checked by the type checker).
export const connectedAttachmentsFit = (methods: AttachmentMethods): DataElementAttachments => methods;

/** Data elements of one instance, kept as the connected layer keeps them, with every call counted. */
function instanceElements(initial: DataElement[] = []) {
  const stored = [...initial];
  const calls: string[] = [];
  let release: () => void = () => {};
  let holdUploads = false;
  const elements: DataElementAttachments = {
    list: () => stored,
    async upload(dataType, file, filename) {
      calls.push(`upload ${filename} ${file.type}`);
      if (holdUploads) await new Promise<void>((resolve) => (release = resolve));
      const element = dataElement({
        id: `e${stored.length + 1}`,
        dataType,
        filename,
        contentType: file.type,
        size: file.size,
      });
      stored.push(element);
      return element;
    },
    async delete(id) {
      calls.push(`delete ${id}`);
      stored.splice(
        stored.findIndex((element) => element.id === id),
        1,
      );
    },
    async setTags(id, tags) {
      calls.push(`tags ${id} ${tags.join(',')}`);
      const element = stored.find((candidate) => candidate.id === id)!;
      element.tags = tags;
      return element;
    },
  };
  return { elements, stored, calls, hold: () => (holdUploads = true), release: () => release() };
}

function dataElement(fields: Partial<DataElement> & Pick<DataElement, 'id' | 'dataType'>): DataElement {
  return { instanceGuid: 'g', contentType: 'application/pdf', locked: false, ...fields };
}

const upload = (filename: string, contentType = 'application/pdf') => ({
  dataType: 'vedlegg',
  data: new Blob(['%PDF-1.7'], { type: 'application/pdf' }),
  filename,
  contentType,
});

describe('attachments over data elements', () => {
  it('lists the data elements of a data type with their download link and scan result', async () => {
    const { elements } = instanceElements([
      dataElement({
        id: 'a',
        dataType: 'vedlegg',
        filename: 'kart.pdf',
        size: 12,
        tags: ['kart'],
        selfLinks: { apps: 'https://app.example/instances/1/g/data/a' },
        fileScanResult: 'Pending',
      }),
      dataElement({ id: 'model', dataType: 'skjema', contentType: 'application/xml' }),
    ]);
    expect(await attachmentServiceOf(elements).listAttachments('vedlegg')).toEqual([
      {
        id: 'a',
        dataType: 'vedlegg',
        filename: 'kart.pdf',
        size: 12,
        contentType: 'application/pdf',
        tags: ['kart'],
        url: 'https://app.example/instances/1/g/data/a',
        fileScanResult: 'Pending',
      },
    ]);
  });

  it('uploads with the content type the caller gives, and tags and deletes by element id', async () => {
    const { elements, calls, stored } = instanceElements();
    const service = attachmentServiceOf(elements);
    const uploaded = await service.uploadAttachment(upload('plan.pdf', 'application/octet-stream'));
    expect(uploaded).toMatchObject({
      id: 'e1',
      filename: 'plan.pdf',
      contentType: 'application/octet-stream',
      size: 8,
    });
    expect(await service.tagAttachment('e1', ['plan'])).toMatchObject({ tags: ['plan'] });
    await service.deleteAttachment('e1');
    expect(calls).toEqual(['upload plan.pdf application/octet-stream', 'tags e1 plan', 'delete e1']);
    expect(stored).toEqual([]);
  });

  it('deletes a file again when the upload was aborted while it ran, and sends nothing when aborted before', async () => {
    const { elements, calls, stored, hold, release } = instanceElements();
    const service = attachmentServiceOf(elements);
    const before = new AbortController();
    before.abort();
    await expect(service.uploadAttachment(upload('a.pdf'), { signal: before.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(calls).toEqual([]);

    hold();
    const during = new AbortController();
    const pending = service.uploadAttachment(upload('b.pdf'), { signal: during.signal });
    await Promise.resolve();
    during.abort();
    release();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toEqual(['upload b.pdf application/pdf', 'delete e1']);
    expect(stored).toEqual([]);
  });
});
