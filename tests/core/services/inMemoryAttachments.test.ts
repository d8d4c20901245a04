import { describe, expect, it, vi } from 'vitest';
import { createInMemoryAttachments } from '../../../src/core/services/inMemoryAttachments.ts';

const pdf = (text: string) => new Blob([text], { type: 'application/pdf' });

describe('in-memory attachments', () => {
  it('stores a Blob under the given filename and content type, reporting its size as progress', async () => {
    const attachments = createInMemoryAttachments();
    const onProgress = vi.fn();
    const stored = await attachments.uploadAttachment(
      { dataType: 'vedlegg', data: pdf('12345'), filename: 'kart.pdf', contentType: 'application/pdf' },
      { onProgress },
    );
    expect(stored).toMatchObject({
      dataType: 'vedlegg',
      filename: 'kart.pdf',
      contentType: 'application/pdf',
      size: 5,
    });
    expect(stored.fileScanResult).toBeUndefined();
    expect(onProgress).toHaveBeenLastCalledWith({ loaded: 5, total: 5 });
    expect(await attachments.listAttachments('vedlegg')).toEqual([stored]);
    expect(await attachments.listAttachments('andre')).toEqual([]);
  });

  it('stores nothing when the upload was aborted', async () => {
    const attachments = createInMemoryAttachments();
    const controller = new AbortController();
    controller.abort();
    const upload = { dataType: 'vedlegg', data: pdf('x'), filename: 'a.pdf', contentType: 'application/pdf' };
    await expect(attachments.uploadAttachment(upload, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(await attachments.listAttachments('vedlegg')).toEqual([]);
  });

  it('gives uploads the seeded scan result, and keeps seeded files with theirs', async () => {
    const attachments = createInMemoryAttachments({
      fileScanResult: 'Pending',
      attachments: [
        {
          id: 'old',
          dataType: 'vedlegg',
          filename: 'virus.exe',
          size: 1,
          contentType: 'application/octet-stream',
          tags: [],
          fileScanResult: 'Infected',
        },
      ],
    });
    const upload = { dataType: 'vedlegg', data: pdf('x'), filename: 'a.pdf', contentType: 'application/pdf' };
    const stored = await attachments.uploadAttachment(upload);
    expect((await attachments.listAttachments('vedlegg')).map((a) => [a.id, a.fileScanResult])).toEqual([
      ['old', 'Infected'],
      [stored.id, 'Pending'],
    ]);
  });

  it('tags and deletes, and hands out copies the caller cannot change', async () => {
    const attachments = createInMemoryAttachments();
    const upload = { dataType: 'vedlegg', data: pdf('x'), filename: 'a.pdf', contentType: 'application/pdf' };
    const { id } = await attachments.uploadAttachment(upload);
    const tagged = await attachments.tagAttachment(id, ['kart']);
    tagged.tags.push('changed by caller');
    expect((await attachments.listAttachments('vedlegg'))[0].tags).toEqual(['kart']);
    await expect(attachments.tagAttachment('missing', ['kart'])).rejects.toThrow('No attachment missing');
    await attachments.deleteAttachment(id);
    expect(await attachments.listAttachments('vedlegg')).toEqual([]);
  });
});
