import { afterEach, describe, expect, it } from 'vitest';
import type { FileScanner, ScanVerdict, StoredScanResult } from '../../src/preview/index.ts';
import type { DataElement, InstanceFileScanResult } from '../../src/wire/dataElement.ts';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import { PreviewHarness } from './support/previewHarness.ts';

/**
 * A scanner the test answers by hand, to put a scan exactly where a race would hurt. (The real
 * clamd is used in virusScan.test.ts; here the order of events is what is tested.)
 */
function handScanner() {
  const calls: { content: string; answer: (verdict: ScanVerdict | Error) => void }[] = [];
  const waiters: (() => void)[] = [];
  const scanner: FileScanner = {
    description: 'a scanner answered by the test',
    check: async () => 'hand 1.0',
    scan: (content) =>
      new Promise<ScanVerdict>((resolve, reject) => {
        calls.push({
          content: Buffer.from(content).toString('utf8'),
          answer: (verdict) => (verdict instanceof Error ? reject(verdict) : resolve(verdict)),
        });
        waiters.splice(0).forEach((wake) => wake());
      }),
  };
  const nextCall = async (index: number) => {
    while (calls.length <= index) await new Promise<void>((wake) => waiters.push(wake));
    return calls[index]!;
  };
  return { scanner, calls, nextCall };
}

describe('preview: the scan queue around a file that changes', () => {
  let harness: PreviewHarness | undefined;
  afterEach(() => harness?.close());

  const stored: StoredScanResult[] = [];
  async function start(scanner: FileScanner) {
    stored.length = 0;
    harness = await PreviewHarness.start({ scanner, onFileScanResult: (result) => stored.push(result) });
    return harness;
  }

  async function upload(h: PreviewHarness, instance: InstanceResponse, text: string) {
    const response = await h.request<{ newDataElementId: string }>('POST', `instances/${instance.id}/data/scanned`, {
      raw: Buffer.from(text),
      headers: { 'content-type': 'text/plain', 'content-disposition': 'attachment; filename="note.txt"' },
    });
    expect(response.status).toBe(200);
    return response.body.newDataElementId;
  }

  const result = async (h: PreviewHarness, instance: InstanceResponse) =>
    (await h.request<InstanceFileScanResult>('GET', `instances/${instance.id}/filescanresult`)).body;

  it('does not write a verdict for content that was replaced while it was scanned, and scans the new content', async () => {
    const hand = handScanner();
    const h = await start(hand.scanner);
    const instance = await h.createInstance();
    const id = await upload(h, instance, 'first');
    const first = await hand.nextCall(0);
    expect(first.content).toBe('first');

    const replaced = await h.request<DataElement>('PUT', `instances/${instance.id}/data/${id}`, {
      raw: Buffer.from('second'),
      headers: { 'content-type': 'text/plain', 'content-disposition': 'attachment; filename="note.txt"' },
    });
    expect(replaced.status).toBe(201);
    // The scan of the old bytes says infected: that verdict is about content no longer there.
    first.answer({ result: 'infected', signature: 'Old.Content' });
    const second = await hand.nextCall(1);
    expect(second.content).toBe('second');
    expect((await result(h, instance)).fileScanResult).toBe('Pending');
    second.answer({ result: 'clean' });
    await expect.poll(async () => (await result(h, instance)).fileScanResult).toBe('Clean');
    expect(hand.calls).toHaveLength(2);
    // Only the verdict on the content the file has was stored.
    expect(stored).toEqual([{ instanceId: instance.id, dataElementId: id, result: 'Clean' }]);
  });

  it('never turns an error into Clean: the file stays Pending and is scanned again', async () => {
    const hand = handScanner();
    const h = await start(hand.scanner);
    const instance = await h.createInstance();
    await upload(h, instance, 'text');
    (await hand.nextCall(0)).answer(new Error('stream: Can not allocate memory ERROR'));
    // The retry comes after the back-off (1 s); until then, and after it, the file is Pending.
    expect((await result(h, instance)).fileScanResult).toBe('Pending');
    const retry = await hand.nextCall(1);
    expect((await result(h, instance)).fileScanResult).toBe('Pending');
    retry.answer({ result: 'clean' });
    await expect.poll(async () => (await result(h, instance)).fileScanResult).toBe('Clean');
  });

  it('drops the scan of a file deleted while it was scanned', async () => {
    const hand = handScanner();
    const h = await start(hand.scanner);
    const instance = await h.createInstance();
    const id = await upload(h, instance, 'text');
    const call = await hand.nextCall(0);
    expect((await h.request('DELETE', `instances/${instance.id}/data/${id}`)).status).toBe(200);
    call.answer({ result: 'clean' });
    // A later file's verdict is stored after the dropped one would have been.
    const later = await upload(h, instance, 'later');
    (await hand.nextCall(1)).answer({ result: 'clean' });
    await expect.poll(() => stored.length).toBe(1);
    expect(stored).toEqual([{ instanceId: instance.id, dataElementId: later, result: 'Clean' }]);
    expect((await result(h, instance)).data).toEqual([{ id: later, fileScanResult: 'Clean' }]);
  });
});
