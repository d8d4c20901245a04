/**
 * How long scanning takes with a real clamd (the test signature database, so this measures the
 * transport and the preview's queue, not a full signature set):
 * - one INSTREAM scan of 100 KB, 1 MB and 10 MB straight to clamd;
 * - 200 uploads of 50 KB through the preview API until every file is Clean, with clamd and, for
 *   comparison, without a scanner (files Clean at once).
 *
 *   npx tsx scripts/measure-virus-scan.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startPreviewServer } from '../src/preview/index.ts';
import { ClamdClient, parseClamdAddress } from '../src/preview/scan/clamd.ts';
import type { Instance } from '../src/wire/instance.ts';
import { startClamd } from '../tests/preview/support/clamd.ts';

const FIXTURE_APP = resolve(import.meta.dirname, '../tests/preview/fixtures/preview-app');
const clamd = await startClamd({ streamMaxLength: '64M' });
const dataDirs: string[] = [];
try {
  const client = new ClamdClient(parseClamdAddress(clamd.tcpAddress));
  for (const size of [100 * 1024, 1024 * 1024, 10 * 1024 * 1024]) {
    const content = Buffer.alloc(size, 'a');
    await client.scan(content);
    const runs = 5;
    const started = performance.now();
    for (let run = 0; run < runs; run++) await client.scan(content);
    console.log(`INSTREAM ${size / 1024} KB: ${((performance.now() - started) / runs).toFixed(1)} ms per scan`);
  }

  for (const scanner of [clamd.tcpAddress, undefined]) {
    const dataDir = mkdtempSync(join(tmpdir(), 'skjema-measure-scan-'));
    dataDirs.push(dataDir);
    const server = await startPreviewServer({
      appDir: FIXTURE_APP,
      dataDir,
      port: 0,
      watch: false,
      scanner,
      log: () => {},
    });
    try {
      const token = await (await fetch(`${server.url}/Home/GetTestUserToken?userId=1337`)).text();
      const headers = { authorization: `Bearer ${token}` };
      const instance = (await (
        await fetch(`${server.appUrl}/instances?instanceOwnerPartyId=501337`, { method: 'POST', headers })
      ).json()) as Instance;
      const files = 200;
      const content = new Uint8Array(Buffer.alloc(50 * 1024, 'b'));
      const started = performance.now();
      const uploadTimes: number[] = [];
      for (let index = 0; index < files; index++) {
        const before = performance.now();
        const response = await fetch(`${server.appUrl}/instances/${instance.id}/data/scanned`, {
          method: 'POST',
          headers: {
            ...headers,
            'content-type': 'text/plain',
            'content-disposition': `attachment; filename="file-${index}.txt"`,
          },
          body: content,
        });
        if (response.status !== 200) throw new Error(`upload ${index}: ${response.status} ${await response.text()}`);
        uploadTimes.push(performance.now() - before);
      }
      const uploaded = performance.now();
      let polls = 0;
      for (;;) {
        polls++;
        const scan = (await (
          await fetch(`${server.appUrl}/instances/${instance.id}/filescanresult`, { headers })
        ).json()) as { fileScanResult: string; data: { fileScanResult: string }[] };
        if (scan.data.length === files && scan.data.every((element) => element.fileScanResult === 'Clean')) break;
        await new Promise((wait) => setTimeout(wait, 20));
      }
      const done = performance.now();
      uploadTimes.sort((a, b) => a - b);
      console.log(
        `${scanner ? 'clamd' : 'no scanner'}: ${files} uploads of 50 KB: median answer ${uploadTimes[files / 2]!.toFixed(1)} ms, p95 ${uploadTimes[Math.floor(files * 0.95)]!.toFixed(1)} ms; ` +
          `all uploaded after ${(uploaded - started).toFixed(0)} ms, all Clean after ${(done - started).toFixed(0)} ms ` +
          `(${((done - uploaded) / 1).toFixed(0)} ms after the last upload; ${polls} polls)`,
      );
    } finally {
      await server.close();
    }
  }
} finally {
  await clamd.stop();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
}
