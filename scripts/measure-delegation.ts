/**
 * What delegations cost a request in `skjema preview`: the example app with 10,000 instances of
 * DDG Fitness (500000), each delegated to Ola Nordmann (12345) for reading, plus one app-level
 * delegation. Prints the median and 95th percentile of `GET instances/{id}` for Ola (permitted by an
 * instance delegation, found after the policy said no), for Sophie (permitted by the policy alone),
 * and of Ola's party list (which adds app-level delegations). Not a test: it prints numbers.
 *
 *   npx tsx scripts/measure-delegation.ts [--count 10000] [--requests 300]
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DelegationStore } from '../src/preview/delegation/delegationStore.ts';
import { startPreviewServer } from '../src/preview/index.ts';
import { PreviewStore } from '../src/preview/storage/store.ts';

const { values } = parseArgs({ options: { count: { type: 'string' }, requests: { type: 'string' } } });
const count = Number(values.count ?? 10_000);
const requests = Number(values.requests ?? 300);
const appDir = resolve(import.meta.dirname, '../examples/event-permit');
const dataDir = mkdtempSync(join(tmpdir(), 'skjema-measure-delegation-'));

// Seed through the storage classes the server uses: instances in a task, one delegation each.
const seedStart = performance.now();
const store = new PreviewStore(dataDir);
const delegations = new DelegationStore(store.database(), () => 'skjema/event-permit');
const ids: string[] = [];
store.transaction(() => {
  for (let index = 0; index < count; index++) {
    const id = `500000/${randomUUID()}`;
    ids.push(id);
    store.insertInstance({
      id,
      appId: 'skjema/event-permit',
      org: 'skjema',
      instanceOwner: { partyId: '500000', personNumber: null, organisationNumber: '897069650', username: null },
      process: { started: '2026-12-01T10:00:00Z', currentTask: { elementId: 'Task_1', flow: 2 } },
      status: { isArchived: false, isSoftDeleted: false, isHardDeleted: false },
      created: '2026-12-01T10:00:00Z',
      lastChanged: '2026-12-01T10:00:00Z',
    } as Parameters<PreviewStore['insertInstance']>[0]);
    delegations.insert({
      id: randomUUID(),
      from: { partyId: 500000 },
      to: { partyId: 512345 },
      instanceId: id,
      rights: [{ action: 'read', taskId: null }],
      grantedBy: 1337,
      granted: '2026-12-01T10:00:00Z',
    });
  }
  delegations.insert({
    id: randomUUID(),
    from: { partyId: 500600 },
    to: { partyId: 512345 },
    instanceId: null,
    rights: [{ action: 'read', taskId: null }],
    grantedBy: 1337,
    granted: '2026-12-01T10:00:00Z',
  });
});
store.close();
const seedMs = performance.now() - seedStart;

const server = await startPreviewServer({ appDir, dataDir, port: 0, watch: false, log: () => {} });
try {
  const token = async (userId: number) => (await fetch(`${server.url}/Home/GetTestUserToken?userId=${userId}`)).text();
  const [ola, sophie] = await Promise.all([token(12345), token(1337)]);
  const time = async (label: string, path: (index: number) => string, bearer: string) => {
    const times: number[] = [];
    for (let index = 0; index < requests; index++) {
      const started = performance.now();
      const response = await fetch(`${server.appUrl}/${path(index)}`, {
        headers: { authorization: `Bearer ${bearer}` },
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${label}: ${response.status}`);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))]!.toFixed(2);
    console.log(`${label.padEnd(58)} median ${at(0.5)} ms, p95 ${at(0.95)} ms`);
  };
  const pick = (index: number) => ids[(index * 7919) % ids.length]!;
  console.log(`${count} instances and delegations seeded in ${seedMs.toFixed(0)} ms; ${requests} requests each`);
  await time('GET instance, Sophie (the policy permits)', (index) => `instances/${pick(index)}`, sophie);
  await time('GET instance, Ola (an instance delegation permits)', (index) => `instances/${pick(index)}`, ola);
  await time('GET api/v1/parties, Ola (with an app-level delegation)', () => 'api/v1/parties', ola);
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
