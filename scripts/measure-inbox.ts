/**
 * Measures the preview inbox at 10,000 instances: fills a data folder with instances of the
 * example app (realistic form data, spread over tasks and a year of changes) through the store
 * and the same indexing code the server's writes use, then times `GET skjema/inbox` through
 * HTTP — listing pages and a mix of searches — and the first indexing of an existing folder.
 * Run with `npx tsx scripts/measure-inbox.ts [count]`.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadPreviewApp } from '../src/preview/app/previewApp.ts';
import { ftsQuery } from '../src/preview/inbox/ftsQuery.ts';
import { describeServedApps } from '../src/preview/inbox/indexedApp.ts';
import { startPreviewServer } from '../src/preview/index.ts';
import { DATABASE_FILE } from '../src/preview/storage/database.ts';
import { PreviewStore } from '../src/preview/storage/store.ts';
import { seedInstance } from './support/inboxSeed.ts';

const APP_DIR = resolve(import.meta.dirname, '../examples/event-permit');
const COUNT = Number(process.argv[2] ?? 10_000);
const PARTY = 501337;
const REPEATS = 40;

let seed = 13;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const FIRST = ['Kari', 'Ola', 'Ingrid', 'Per', 'Sofie', 'Jonas', 'Nora', 'Emil', 'Sara', 'Magnus', 'Ida', 'Henrik'];
const LAST = ['Nordmann', 'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Berg', 'Haugen', 'Bakke', 'Lie', 'Dahl'];
const PLACES = ['Oslo', 'Bergen', 'Trondheim', 'Tromsø', 'Stavanger', 'Bodø', 'Ålesund', 'Lillehammer', 'Molde'];
const KINDS = ['konsert', 'marked', 'festival', 'løp', 'utstilling', 'loppemarked', 'julemarked', 'kulturkveld'];
const WORDS = (
  'arrangementet skal holdes utendørs med scene lydanlegg og servering av mat vi regner med mange besøkende ' +
  'fra hele regionen parkering ordnes i samarbeid med kommunen det blir vakthold førstehjelp og toaletter ' +
  'området ryddes samme kveld og naboene er varslet på forhånd billetter selges ved inngangen'
).split(' ');

function formData(index: number) {
  const first = pick(FIRST);
  const last = pick(LAST);
  const place = pick(PLACES);
  const kind = pick(KINDS);
  const description = Array.from({ length: 25 + Math.floor(random() * 50) }, () => pick(WORDS)).join(' ');
  return {
    applicant: {
      type: 'person',
      name: `${first} ${last}`,
      email: `${first}.${last}${index}@example.no`.toLowerCase(),
      phone: `9${String(Math.floor(random() * 10_000_000)).padStart(7, '0')}`,
    },
    event: {
      name: `${kind[0]!.toUpperCase()}${kind.slice(1)} i ${place}`,
      category: pick(['music', 'sport', 'market', 'culture']),
      date: `${String(1 + Math.floor(random() * 28)).padStart(2, '0')}.0${1 + Math.floor(random() * 9)}.2027`,
      attendees: 50 + Math.floor(random() * 5000),
      description,
    },
    conditions: { accepted: 'true' },
  };
}

const dataDir = mkdtempSync(join(tmpdir(), 'skjema-measure-inbox-'));
try {
  const app = await loadPreviewApp(APP_DIR);
  const store = new PreviewStore(dataDir, { describeApp: describeServedApps(() => [app]) });
  const fillStart = performance.now();
  const yearAgo = Date.parse('2026-01-01T00:00:00Z');
  for (let index = 0; index < COUNT; index++) {
    const at = new Date(yearAgo + Math.floor(random() * 340 * 86_400_000)).toISOString();
    const stage = random() < 0.6 ? 'filling' : random() < 0.5 ? 'confirming' : 'archived';
    seedInstance(store, app, { partyId: PARTY, stage, at, model: formData(index) });
  }
  const fillMs = performance.now() - fillStart;
  store.close();
  const bytes = statSync(join(dataDir, DATABASE_FILE)).size;

  // The first start on a folder from before the inbox: drop the index and let the store rebuild it.
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.exec('DELETE FROM inbox_entries');
  db.close();
  const backfillStart = performance.now();
  new PreviewStore(dataDir, { describeApp: describeServedApps(() => [app]) }).close();
  const backfillMs = performance.now() - backfillStart;

  const server = await startPreviewServer({ appDir: APP_DIR, dataDir, watch: false, log: () => {} });
  try {
    const token = await (await fetch(`${server.url}/Home/GetTestUserToken?userId=1337&authenticationLevel=2`)).text();
    const time = async (query: string) => {
      const start = performance.now();
      const response = await fetch(`${server.appUrl}/skjema/inbox?party=${PARTY}&${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await response.json()) as { total: number };
      if (response.status !== 200) throw new Error(`${query}: ${response.status} ${JSON.stringify(body)}`);
      return { ms: performance.now() - start, total: body.total };
    };
    const cold = await time('');
    const warm = await time('');

    const lists = ['', 'page=2', 'page=50', 'page=400', 'view=active', 'view=archived&page=3'];
    const searches = [
      () => `q=${encodeURIComponent(pick(FIRST))}`,
      () => `q=${encodeURIComponent(`${pick(FIRST)} ${pick(LAST)}`)}`,
      () => `q=${encodeURIComponent(pick(PLACES).slice(0, 3))}`,
      () => `q=${encodeURIComponent(`${pick(KINDS)} ${pick(PLACES)}`)}`,
      () => `q=${encodeURIComponent(pick(WORDS))}`,
      () => `q=${encodeURIComponent(`${pick(FIRST).toLowerCase()}.${pick(LAST).toLowerCase()}`)}`,
      () => 'q=ingentreff',
      () => `q=${encodeURIComponent(pick(FIRST))}&page=3`,
    ];
    const listTimes: number[] = [];
    const searchTimes: { ms: number; total: number }[] = [];
    for (let round = 0; round < REPEATS; round++) {
      for (const query of lists) listTimes.push((await time(query)).ms);
      for (const query of searches) searchTimes.push(await time(query()));
    }
    const percentile = (values: number[], p: number) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
    };
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const searchMs = searchTimes.map((entry) => entry.ms);
    const totals = searchTimes.map((entry) => entry.total);
    console.log(`instances: ${COUNT} of one party (60% filling in, 20% confirming, 20% archived)`);
    console.log(
      `filling through WorkingCopy.commit (one transaction each): ${ms(fillMs)} (${ms(fillMs / COUNT)} per instance)`,
    );
    console.log(`database: ${(bytes / 1024 / 1024).toFixed(1)} MB`);
    console.log(`indexing an existing folder at start (backfill): ${ms(backfillMs)}`);
    console.log(`first page, first request (validating its 20 instances): ${ms(cold.ms)}; again: ${ms(warm.ms)}`);
    console.log(
      `list (${listTimes.length} requests: pages 1, 2, 50, 400, active, archived): p50 ${ms(percentile(listTimes, 50))}, p95 ${ms(percentile(listTimes, 95))}`,
    );
    console.log(
      `search (${searchMs.length} requests, ${searches.length} kinds, hits 0–${Math.max(...totals)}): p50 ${ms(percentile(searchMs, 50))}, p95 ${ms(percentile(searchMs, 95))}, max ${ms(Math.max(...searchMs))}`,
    );
  } finally {
    await server.close();
  }

  // The index alone (no status per instance): what the SQL costs of a request above.
  const reader = new PreviewStore(dataDir, { describeApp: describeServedApps(() => [app]) });
  const sqlTimes: number[] = [];
  for (let round = 0; round < REPEATS; round++) {
    for (const words of [pick(FIRST), `${pick(FIRST)} ${pick(LAST)}`, pick(PLACES).slice(0, 3), pick(WORDS), '']) {
      const start = performance.now();
      reader.searchIndex.search({
        appId: 'skjema/event-permit',
        partyId: PARTY,
        view: 'all',
        locations: ['task:Task_1', 'task:Task_2', 'end:EndEvent_1'],
        match: ftsQuery(words),
        offset: 0,
        limit: 20,
      });
      sqlTimes.push(performance.now() - start);
    }
  }
  reader.close();
  const sorted = sqlTimes.sort((a, b) => a - b);
  console.log(
    `index only (count + page of 20, ${sorted.length} queries incl. listing): p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1)} ms`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
