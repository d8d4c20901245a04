import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { launch, runPage, type PageRun } from './browser.ts';
import { buildPages } from './build.ts';
import { CASES, type BenchCase } from './description.ts';
import { LIBRARIES, payloadFor, type Library } from './generate.ts';
import { benchEngine } from './node/engine.ts';
import { startServer } from './server.ts';
import { median, p95 } from './stats.ts';

/*
 * `npm run bench`: builds one page per library, serves them on port 0, drives headless Chromium
 * through every case with the libraries taking turns, then measures the engine in Node.
 * BENCH_RUNS (default 5) pages per library and case, BENCH_KEYS (200) keys in the flat form,
 * BENCH_CELL_KEYS (50) keys in a group cell, BENCH_SKIP_BUILD=1 reuses bench/.build. group-10000 runs hand and
 * skjema only, 3 pages each (see its case).
 * While working on one thing: BENCH_LIBRARIES=hand,skjema and BENCH_CASES=flat-1000 pick a subset,
 * BENCH_NODE=0 skips the engine in Node. The results JSON is written only for a full run.
 */
const runs = Number(process.env.BENCH_RUNS ?? 5);
const keyCount = Number(process.env.BENCH_KEYS ?? 200);
const cellKeyCount = Number(process.env.BENCH_CELL_KEYS ?? 50);
const started = Date.now();
const pick = <T extends string>(all: readonly T[], list: string | undefined): T[] => {
  if (!list) return [...all];
  const wanted = list.split(',').map((name) => name.trim());
  const unknown = wanted.filter((name) => !all.includes(name as T));
  if (unknown.length) throw new Error(`Unknown ${unknown.join(', ')}: choose from ${all.join(', ')}`);
  return all.filter((name) => wanted.includes(name));
};
const libraries = pick(LIBRARIES, process.env.BENCH_LIBRARIES);
const caseIds = pick(
  CASES.map((benchCase) => benchCase.id),
  process.env.BENCH_CASES,
);
const cases = CASES.filter((benchCase) => caseIds.includes(benchCase.id));
const fullRun =
  libraries.length === LIBRARIES.length && cases.length === CASES.length && process.env.BENCH_NODE !== '0';

/** Where a peer cannot do what the case asks in the way the case means it. */
const NOTES: Record<string, Partial<Record<Library, string>>> = {
  'group-1000': {
    hand: 'every row open as 5 inputs (a table of inputs)',
    rjsf: 'every row open as 5 inputs: rjsf has no table mode with one row open',
    jsonforms: 'vanilla array table: every row open as 5 inputs; no row editor',
    skjema: 'table mode: rows as text, the middle row opened to edit ("open row"); adding opens the new row',
  },
  'group-10000': {
    hand: 'a table of inputs, 20 rows a page (its own paging), add goes to the last page',
    rjsf: 'not run: no paged array; every row open as inputs (50,000) takes minutes a page',
    jsonforms: 'not run: the vanilla array table has no paging; 50,000 cells take minutes a page',
    skjema:
      'table mode, pagination.rowsPerPage 20: the middle row of the first page opened; adding opens the new row on the last page',
  },
};

if (!process.env.BENCH_SKIP_BUILD) {
  console.log('Building pages (vite, production)…');
  await buildPages(libraries);
}
const payloads = new Map<string, string>();
for (const library of libraries) {
  for (const benchCase of cases)
    payloads.set(`${library}/${benchCase.id}`, JSON.stringify(payloadFor(library, benchCase)));
}
const { url, server } = await startServer(payloads);
const browser = await launch();
const results: Record<string, Record<Library, PageRun[]>> = {};
try {
  for (const benchCase of cases) {
    const caseLibraries = libraries.filter((library) => !benchCase.libraries || benchCase.libraries.includes(library));
    const perLibrary = Object.fromEntries(caseLibraries.map((library) => [library, [] as PageRun[]])) as Record<
      Library,
      PageRun[]
    >;
    results[benchCase.id] = perLibrary;
    for (let run = 0; run < Math.min(runs, benchCase.runs ?? runs); run++) {
      // The libraries take turns, and the first of each round rotates, so none always runs on a cold machine.
      const order = caseLibraries.map((_, index) => caseLibraries[(index + run) % caseLibraries.length]!);
      for (const library of order) {
        const keys = benchCase.rows > 0 ? cellKeyCount : keyCount;
        perLibrary[library].push(await runPage(browser, url, library, benchCase, keys));
        process.stdout.write('.');
      }
    }
    process.stdout.write('\n');
    printCase(benchCase, perLibrary);
  }
} finally {
  await browser.close();
  server.close();
}

if (!fullRun) {
  console.log(
    `\nA partial run: bench/results/latest.json is left as it was (${Math.round((Date.now() - started) / 1000)} s).`,
  );
  process.exit(0);
}
const engine = await benchEngine(runs, 1000);
console.log(`\n## Engine in Node (${runs} runs)`);
console.log(
  `expressions: ${engine.expressions.cases} conformance cases (functions/), median ${fmt(median(engine.expressions.evaluationsPerSecond), 0)} evaluations/s, ` +
    `p95 of runs ${fmt(p95(engine.expressions.evaluationsPerSecond), 0)}`,
);
console.log(
  `validateForm, ${engine.validateForm.fields} required fields: median ${fmt(median(engine.validateForm.ms))} ms, p95 ${fmt(p95(engine.validateForm.ms))} ms`,
);
console.log('No peer has a Node engine for Altinn expressions or validateForm: these are skjema alone.');

const summary = Object.fromEntries(
  Object.entries(results).map(([id, perLibrary]) => [
    id,
    Object.fromEntries(
      LIBRARIES.filter((library) => perLibrary[library]).map((library) => [library, summarise(perLibrary[library])]),
    ),
  ]),
);
const out = resolve(import.meta.dirname, 'results');
await mkdir(out, { recursive: true });
await writeFile(
  resolve(out, 'latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model }, runs, keyCount, cellKeyCount, notes: NOTES, summary, engine, raw: results }, null, 2)}\n`,
);
console.log(`\nWrote bench/results/latest.json in ${Math.round((Date.now() - started) / 1000)} s.`);

function summarise(pageRuns: PageRun[]) {
  const work = pageRuns.flatMap((run) => run.keys.map((key) => key.work).filter((value) => value !== undefined));
  const frame = pageRuns.flatMap((run) => run.keys.map((key) => key.frame).filter((value) => value !== undefined));
  const open = pageRuns.map((run) => run.openRowMs).filter((value) => value !== undefined);
  const stat = (values: number[]) => (values.length ? { median: median(values), p95: p95(values) } : undefined);
  return {
    mountMs: { median: median(pageRuns.map((run) => run.mountMs)), p95: p95(pageRuns.map((run) => run.mountMs)) },
    heapMb: { median: median(pageRuns.map((run) => run.heapMb)), p95: p95(pageRuns.map((run) => run.heapMb)) },
    openRowMs: open.length ? { median: median(open), p95: p95(open) } : undefined,
    keyWorkMs: { median: median(work), p95: p95(work) },
    keyFrameMs: { median: median(frame), p95: p95(frame) },
    addRowWorkMs: stat(pageRuns.flatMap((run) => run.addRow.map((timing) => timing.work))),
    addRowFrameMs: stat(pageRuns.flatMap((run) => run.addRow.map((timing) => timing.frame))),
    deleteRowWorkMs: stat(pageRuns.flatMap((run) => run.deleteRow.map((timing) => timing.work))),
    deleteRowFrameMs: stat(pageRuns.flatMap((run) => run.deleteRow.map((timing) => timing.frame))),
    lostKeys: pageRuns.map((run) => `${run.lostKeys}/${run.typed}`),
  };
}

function printCase(benchCase: BenchCase, perLibrary: Record<Library, PageRun[]>) {
  const shown = LIBRARIES.filter((library) => perLibrary[library]?.length);
  const summaries = Object.fromEntries(shown.map((library) => [library, summarise(perLibrary[library])])) as Record<
    Library,
    ReturnType<typeof summarise>
  >;
  const base = summaries.hand ?? summaries[shown[0]!];
  const cell = (value: number | undefined, baseline: number | undefined, digits = 1) =>
    value === undefined ? 'n/a' : `${fmt(value, digits)}${baseline ? ` (${(value / baseline).toFixed(2)}×)` : ''}`;
  type Stat = { median: number | undefined; p95: number | undefined } | undefined;
  type Row = [string, (summary: ReturnType<typeof summarise>) => Stat];
  const groupRows: Row[] = [
    ['open a row ms', (s) => s.openRowMs],
    ['add a row: click → frame ms', (s) => s.addRowFrameMs],
    ['add a row: work ms', (s) => s.addRowWorkMs],
    ['delete a row: click → frame ms', (s) => s.deleteRowFrameMs],
    ['delete a row: work ms', (s) => s.deleteRowWorkMs],
  ];
  const rows: Row[] = [
    ['mount ms', (s) => s.mountMs],
    ['JS heap after mount MB', (s) => s.heapMb],
    ...(benchCase.rows > 0 ? groupRows : []),
    ['keystroke work ms', (s) => s.keyWorkMs],
    ['keydown → next frame ms', (s) => s.keyFrameMs],
  ];
  const what =
    benchCase.rows > 0
      ? `${benchCase.rows} rows × 5 fields${benchCase.rowsPerPage ? `, ${benchCase.rowsPerPage} rows a table page` : ''}, ${cellKeyCount} keys into a cell of the middle row, 3 rows added and deleted`
      : `${benchCase.fields} text fields, ${keyCount} keys into the middle field`;
  const caseRuns = Math.min(runs, benchCase.runs ?? runs);
  console.log(`\n## ${benchCase.id}: ${what} (${caseRuns} runs each; median / p95, ratio to hand-written)`);
  console.log(`| | ${shown.join(' | ')} |`);
  console.log(`|---|${shown.map(() => '---').join('|')}|`);
  for (const [label, pick] of rows) {
    const medians = shown.map((library) => cell(pick(summaries[library])?.median, pick(base)?.median));
    const tails = shown.map((library) => cell(pick(summaries[library])?.p95, pick(base)?.p95));
    console.log(`| ${label} median | ${medians.join(' | ')} |`);
    console.log(`| ${label} p95 | ${tails.join(' | ')} |`);
  }
  console.log(`| lost keys per run | ${shown.map((library) => summaries[library].lostKeys.join(' ')).join(' | ')} |`);
  for (const [library, note] of Object.entries(NOTES[benchCase.id] ?? {})) console.log(`- ${library}: ${note}`);
}

function fmt(value: number | undefined, digits = 1): string {
  return value === undefined
    ? '—'
    : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
