/**
 * Measures what prefill and copying cost in skjema preview: the time to create an instance of the
 * service test app with its prefill configuration (register, profile, presentation texts) and
 * without it, and the time to copy a submitted instance. Run with `npx tsx scripts/measure-prefill.ts`.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPreviewServer } from '../src/preview/index.ts';

const APP = resolve(import.meta.dirname, '../tests/preview/fixtures/service-app');
const ROUNDS = 300;

async function measure(appDir: string, label: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'skjema-measure-prefill-'));
  const server = await startPreviewServer({ appDir, dataDir, watch: false, log: () => {} });
  try {
    const token = await (await fetch(`${server.url}/Home/GetTestUserToken?userId=1337`)).text();
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const create = async () => {
      const response = await fetch(`${server.appUrl}/instances?instanceOwnerPartyId=501337`, {
        method: 'POST',
        headers,
      });
      if (response.status !== 201) throw new Error(`${response.status} ${await response.text()}`);
      return (await response.json()) as { id: string };
    };
    for (let i = 0; i < 20; i++) await create(); // warm-up
    let start = performance.now();
    for (let i = 0; i < ROUNDS; i++) await create();
    const perCreate = (performance.now() - start) / ROUNDS;
    const source = await create();
    await fetch(`${server.appUrl}/instances/${source.id}/process/next`, { method: 'PUT', headers });
    start = performance.now();
    for (let i = 0; i < ROUNDS; i++) {
      const response = await fetch(`${server.appUrl}/instances/create`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ instanceOwner: { partyId: '501337' }, sourceInstanceId: source.id }),
      });
      if (response.status !== 201) throw new Error(`copy: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    }
    const perCopy = (performance.now() - start) / ROUNDS;
    console.log(
      `${label}: ${perCreate.toFixed(2)} ms per instantiation, ${perCopy.toFixed(2)} ms per copy (${ROUNDS} each)`,
    );
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await measure(APP, 'with prefill configuration');
const without = mkdtempSync(join(tmpdir(), 'skjema-measure-noprefill-'));
cpSync(APP, without, { recursive: true });
rmSync(join(without, 'App/models/model.prefill.json'));
rmSync(join(without, 'App/config/prefill'), { recursive: true });
try {
  await measure(without, 'without prefill configuration');
} finally {
  rmSync(without, { recursive: true, force: true });
}
