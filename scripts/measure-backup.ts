/**
 * Measures `skjema preview backup` and `restore` at 1,000 instances, each with its form data (a
 * name and a row) and one 20 kB PDF attachment, made through the preview server's API: the size
 * of the data folder and of the backup file, and the time to back up (with the server running)
 * and to restore. Run with `npx tsx scripts/measure-backup.ts [instances]`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { backupDataFolder } from '../src/preview/backup/backup.ts';
import { restoreDataFolder } from '../src/preview/backup/restore.ts';
import { startPreviewServer } from '../src/preview/index.ts';

const APP = resolve(import.meta.dirname, '../tests/preview/fixtures/preview-app');
const INSTANCES = Number(process.argv[2] ?? 1000);
const ATTACHMENT_BYTES = 20 * 1024;
const RUNS = 5;

const folder = mkdtempSync(join(tmpdir(), 'skjema-measure-backup-'));
const dataDir = join(folder, 'data');
const server = await startPreviewServer({ appDir: APP, dataDir, watch: false, log: () => {} });
try {
  const token = await (await fetch(`${server.url}/Home/GetTestUserToken?userId=1337`)).text();
  const auth = { authorization: `Bearer ${token}` };
  const filling = performance.now();
  for (let i = 0; i < INSTANCES; i++) {
    const created = await fetch(`${server.appUrl}/instances?instanceOwnerPartyId=501337`, {
      method: 'POST',
      headers: auth,
    });
    const instance = (await created.json()) as { id: string; data: { id: string; dataType: string }[] };
    const model = instance.data.find((element) => element.dataType === 'model')!;
    const patch = [
      { op: 'add', path: '/name', value: `Søker ${i}` },
      { op: 'add', path: '/people', value: [{ firstName: `Person ${i}` }] },
    ];
    await fetch(`${server.appUrl}/instances/${instance.id}/data`, {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ patches: [{ dataElementId: model.id, patch }] }),
    });
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(ATTACHMENT_BYTES), Buffer.from('\n%%EOF\n')]);
    const uploaded = await fetch(`${server.appUrl}/instances/${instance.id}/data/attachments`, {
      method: 'POST',
      headers: {
        ...auth,
        'content-type': 'application/pdf',
        'content-disposition': 'attachment; filename=vedlegg.pdf',
      },
      body: new Uint8Array(pdf),
    });
    if (uploaded.status !== 200) throw new Error(`upload ${uploaded.status}: ${await uploaded.text()}`);
  }
  console.log(`${INSTANCES} instances made through the API in ${((performance.now() - filling) / 1000).toFixed(1)} s`);
  const folderBytes = readdirSync(dataDir).reduce((sum, name) => sum + statSync(join(dataDir, name)).size, 0);
  console.log(`data folder: ${mb(folderBytes)} (database, WAL and token key)`);

  const backupTimes: number[] = [];
  const restoreTimes: number[] = [];
  let backupBytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const file = join(folder, `run-${run}.backup`);
    let started = performance.now();
    const result = await backupDataFolder(dataDir, file);
    backupTimes.push(performance.now() - started);
    backupBytes = result.bytes;
    started = performance.now();
    await restoreDataFolder(file, join(folder, `restored-${run}`));
    restoreTimes.push(performance.now() - started);
  }
  console.log(`backup file: ${mb(backupBytes)} for ${INSTANCES} instances, ${INSTANCES * 2} data elements`);
  console.log(`backup (server running, idle): median ${median(backupTimes)} ms of ${RUNS} runs`);
  console.log(`restore (with integrity check): median ${median(restoreTimes)} ms of ${RUNS} runs`);
} finally {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]!);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
