import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeStart } from '../../src/preview/index.ts';
import type { DataElement, InstanceFileScanResult } from '../../src/wire/dataElement.ts';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import type { ValidationIssueWithSource } from '../../src/wire/validation.ts';
import { clamdAvailability, eicar, freePort, startClamd, type RunningClamd } from './support/clamd.ts';
import { fixtureVariant, PreviewHarness } from './support/previewHarness.ts';

const clamd = clamdAvailability();

/** The fixture app with a second scanned data type whose pending scans block process/next. */
const APP = fixtureVariant('virus', (appDir) => {
  const file = join(appDir, 'App/config/applicationmetadata.json');
  const metadata = JSON.parse(readFileSync(file, 'utf8')) as { dataTypes: Record<string, unknown>[] };
  metadata.dataTypes.push({
    id: 'scannedStrict',
    allowedContentTypes: [],
    taskId: 'Task_1',
    maxCount: 0,
    minCount: 0,
    enableFileScan: true,
    validationErrorOnPendingFileScan: true,
  });
  writeFileSync(file, JSON.stringify(metadata, null, 2));
});
afterAll(() => rmSync(APP, { recursive: true, force: true }));

interface Upload {
  newDataElementId: string;
  instance: InstanceResponse;
}

async function upload(
  harness: PreviewHarness,
  instance: InstanceResponse,
  dataType: string,
  content: Buffer,
  name: string,
) {
  const response = await harness.request<Upload>('POST', `instances/${instance.id}/data/${dataType}`, {
    raw: content,
    headers: { 'content-type': 'text/plain', 'content-disposition': `attachment; filename="${name}"` },
  });
  expect(response.status).toBe(200);
  return response.body;
}

async function scanResult(harness: PreviewHarness, instance: InstanceResponse) {
  return (await harness.request<InstanceFileScanResult>('GET', `instances/${instance.id}/filescanresult`)).body;
}

/** Polls filescanresult as a frontend would, until no file is Pending; counts the polls. */
async function settled(harness: PreviewHarness, instance: InstanceResponse, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await scanResult(harness, instance);
    if (result.fileScanResult !== 'Pending') return result;
    if (Date.now() > deadline) throw new Error(`Still Pending after ${timeoutMs} ms: ${JSON.stringify(result)}`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

async function fillName(harness: PreviewHarness, instance: InstanceResponse) {
  const model = PreviewHarness.element(instance);
  const patched = await harness.request('PATCH', `instances/${instance.id}/data/${model.id}`, {
    body: { patch: [{ op: 'add', path: '/name', value: 'Kari' }] },
  });
  expect(patched.status).toBe(200);
}

async function processNext(harness: PreviewHarness, instance: InstanceResponse) {
  return harness.request<{ validationIssues?: ValidationIssueWithSource[] }>(
    'PUT',
    `instances/${instance.id}/process/next`,
  );
}

describe.skipIf(!clamd.available)('preview: attachments scanned by a real clamd', () => {
  let scanner: RunningClamd;
  let harness: PreviewHarness;
  const log: string[] = [];
  beforeAll(async () => {
    scanner = await startClamd({ streamMaxLength: '64K' });
    harness = await PreviewHarness.start({
      appDir: APP,
      scanner: scanner.tcpAddress,
      log: (line) => log.push(line),
    });
  }, 90_000);
  afterAll(async () => {
    await harness?.closeKeepingContract();
    await scanner?.stop();
  });

  it('says at start which clamd scans', () => {
    expect(describeStart(harness.server).join('\n')).toMatch(
      new RegExp(
        `virus scanning: clamd at ${scanner.tcpAddress} \\(ClamAV [^)]+\\): files of data types with enableFileScan are Pending until scanned`,
      ),
    );
  });

  it('marks uploads Pending, then Clean or Infected; an infected file is never served and blocks process/next', async () => {
    const instance = await harness.createInstance();
    const clean = await upload(harness, instance, 'scanned', Buffer.from('Vedlegg til søknaden\n'), 'notes.txt');
    const infected = await upload(harness, instance, 'scanned', eicar(), 'eicar.txt');
    const unscanned = PreviewHarness.element(infected.instance);
    expect(clean.instance.data.find((element) => element.id === clean.newDataElementId)?.fileScanResult).toBe(
      'Pending',
    );
    expect(infected.instance.data.find((element) => element.id === infected.newDataElementId)?.fileScanResult).toBe(
      'Pending',
    );

    const result = await settled(harness, instance);
    expect(result).toEqual({
      id: instance.id,
      fileScanResult: 'Infected',
      // Only scanned elements are listed, not the form data.
      data: [
        { id: clean.newDataElementId, fileScanResult: 'Clean' },
        { id: infected.newDataElementId, fileScanResult: 'Infected' },
      ],
    });
    expect(result.data?.map((element) => element.id)).not.toContain(unscanned.id);
    expect(log).toContainEqual(expect.stringMatching(/eicar\.txt .* is Infected \(Eicar-Test-Signature/));

    const cleanDownload = await harness.request('GET', `instances/${instance.id}/data/${clean.newDataElementId}`);
    expect(cleanDownload.status).toBe(200);
    expect(cleanDownload.text).toBe('Vedlegg til søknaden\n');
    const refused = await harness.request<{ title: string; detail: string }>(
      'GET',
      `instances/${instance.id}/data/${infected.newDataElementId}`,
    );
    expect(refused.status).toBe(403);
    expect(refused.body.title).toBe('File infected');
    expect(refused.body.detail).toMatch(/"eicar\.txt".*Delete it/);
    expect(refused.text).not.toContain('EICAR');
    // The element stays listed with its flag, so the user sees what to delete.
    const read = await harness.request<InstanceResponse>('GET', `instances/${instance.id}`);
    expect(read.body.data.find((element) => element.id === infected.newDataElementId)).toMatchObject({
      fileScanResult: 'Infected',
      filename: 'eicar.txt',
    });

    await fillName(harness, instance);
    const blocked = await processNext(harness, instance);
    expect(blocked.status).toBe(409);
    expect(blocked.body.validationIssues).toContainEqual(
      expect.objectContaining({
        code: 'DataElementFileInfected',
        field: 'scanned',
        dataElementId: infected.newDataElementId,
        severity: 1,
      }),
    );
    const validate = await harness.request<ValidationIssueWithSource[]>('GET', `instances/${instance.id}/validate`);
    expect(validate.body.map((issue) => issue.code)).toContain('DataElementFileInfected');

    expect((await harness.request('DELETE', `instances/${instance.id}/data/${infected.newDataElementId}`)).status).toBe(
      200,
    );
    expect((await processNext(harness, instance)).status).toBe(200);
  });

  it('scans a file again when it is replaced (PUT data/{id}), and serves it again once the new content is clean', async () => {
    const instance = await harness.createInstance();
    const file = await upload(harness, instance, 'scanned', Buffer.from('first version'), 'report.txt');
    expect(await settled(harness, instance)).toMatchObject({ fileScanResult: 'Clean' });
    const path = `instances/${instance.id}/data/${file.newDataElementId}`;
    const replace = (content: Buffer) =>
      harness.request<DataElement>('PUT', path, {
        raw: content,
        headers: { 'content-type': 'text/plain', 'content-disposition': 'attachment; filename="report.txt"' },
      });

    const infected = await replace(eicar());
    expect(infected.status).toBe(201);
    expect(infected.body).toMatchObject({ id: file.newDataElementId, fileScanResult: 'Pending' });
    expect(await settled(harness, instance)).toMatchObject({ fileScanResult: 'Infected' });
    expect((await harness.request('GET', path)).status).toBe(403);

    expect((await replace(Buffer.from('second version'))).body.fileScanResult).toBe('Pending');
    expect(await settled(harness, instance)).toMatchObject({ fileScanResult: 'Clean' });
    const download = await harness.request('GET', path);
    expect(download.status).toBe(200);
    expect(download.text).toBe('second version');
  });

  it('leaves a file larger than StreamMaxLength Pending, never Clean, and says why', async () => {
    const instance = await harness.createInstance();
    const big = await upload(harness, instance, 'scanned', Buffer.alloc(100 * 1024, 'x'), 'big.txt');
    await expect
      .poll(() => log.some((line) => line.includes('big.txt') && line.includes('StreamMaxLength')))
      .toBe(true);
    expect(await scanResult(harness, instance)).toMatchObject({
      fileScanResult: 'Pending',
      data: [{ id: big.newDataElementId, fileScanResult: 'Pending' }],
    });
  });

  it('scans files sent with a multipart instantiation', async () => {
    const boundary = 'skjema-boundary';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="instance"\r\nContent-Type: application/json\r\n\r\n` +
          `{"instanceOwner":{"partyId":"501337"}}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="scanned"; filename="eicar.txt"\r\nContent-Type: text/plain\r\n\r\n`,
      ),
      eicar(),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const created = await harness.request<InstanceResponse>('POST', 'instances', {
      raw: body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(created.status).toBe(201);
    const file = created.body.data.find((element: DataElement) => element.dataType === 'scanned');
    expect(file?.fileScanResult).toBe('Pending');
    expect(await settled(harness, created.body)).toMatchObject({ fileScanResult: 'Infected' });
  });
});

describe.skipIf(!clamd.available)('preview: a clamd that is not there yet', () => {
  it('keeps files Pending, blocks process/next where the data type asks, and scans once clamd answers', async () => {
    const port = await freePort();
    const log: string[] = [];
    const harness = await PreviewHarness.start({
      appDir: APP,
      scanner: `127.0.0.1:${port}`,
      log: (line) => log.push(line),
    });
    let scanner: RunningClamd | undefined;
    try {
      expect(describeStart(harness.server).join('\n')).toMatch(
        new RegExp(`warning: virus scanning: clamd at 127.0.0.1:${port} does not answer .*: files stay Pending`),
      );
      const instance = await harness.createInstance();
      await fillName(harness, instance);
      const file = await upload(harness, instance, 'scannedStrict', Buffer.from('ordinary text'), 'letter.txt');
      const blocked = await processNext(harness, instance);
      expect(blocked.status).toBe(409);
      expect(blocked.body.validationIssues).toContainEqual(
        expect.objectContaining({ code: 'DataElementFileScanPending', field: 'scannedStrict' }),
      );
      // Retried with back-off, logged each time, and still Pending: a failure is never Clean.
      await expect
        .poll(() => log.filter((line) => /letter\.txt .* stays Pending: clamd at .* failed/.test(line)).length)
        .toBeGreaterThanOrEqual(2);
      expect((await scanResult(harness, instance)).fileScanResult).toBe('Pending');
      // Not served while unscanned: it could be the file the scan will find a virus in.
      const early = await harness.request<{ title: string }>(
        'GET',
        `instances/${instance.id}/data/${file.newDataElementId}`,
      );
      expect(early.status).toBe(409);
      expect(early.body.title).toBe('File scan pending');

      scanner = await startClamd({ port });
      expect(await settled(harness, instance, 60_000)).toMatchObject({
        fileScanResult: 'Clean',
        data: [{ id: file.newDataElementId, fileScanResult: 'Clean' }],
      });
      expect((await harness.request('GET', `instances/${instance.id}/data/${file.newDataElementId}`)).text).toBe(
        'ordinary text',
      );
      expect((await processNext(harness, instance)).status).toBe(200);
    } finally {
      await harness.close();
      await scanner?.stop();
    }
  }, 90_000);

  it('scans at start what was left Pending when the server stopped', async () => {
    const unreachable = await freePort();
    const first = await PreviewHarness.start({ appDir: APP, scanner: `127.0.0.1:${unreachable}` });
    const instance = await first.createInstance();
    const file = await upload(first, instance, 'scanned', eicar(), 'left-over.txt');
    await first.close({ keepData: true });

    const scanner = await startClamd();
    const second = await PreviewHarness.start({ appDir: APP, dataDir: first.dataDir, scanner: scanner.socketPath });
    try {
      expect(second.server.fileScanning).toMatch(/1 file\(s\) left Pending are scanned now/);
      expect(await settled(second, instance)).toMatchObject({
        data: [{ id: file.newDataElementId, fileScanResult: 'Infected' }],
      });
    } finally {
      await second.close();
      rmSync(first.dataDir, { recursive: true, force: true });
      await scanner.stop();
    }
  }, 90_000);
});

describe('preview: no scanner configured', () => {
  it('says scanning is off and marks scanned types Clean at once, as localtest does', async () => {
    const harness = await PreviewHarness.start({ appDir: APP });
    try {
      expect(describeStart(harness.server).join('\n')).toContain(
        'virus scanning: off (no --clamd): files of data types with enableFileScan are marked Clean unscanned, as localtest does',
      );
      const instance = await harness.createInstance();
      const file = await upload(harness, instance, 'scannedStrict', Buffer.from('text'), 'a.txt');
      expect(await scanResult(harness, instance)).toEqual({
        id: instance.id,
        fileScanResult: 'Clean',
        data: [{ id: file.newDataElementId, fileScanResult: 'Clean' }],
      });
    } finally {
      await harness.close();
    }
  });
});
