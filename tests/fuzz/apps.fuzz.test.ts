import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSource, type PageRenderer } from '../../src/cli/check.ts';
import type { DomEnvironment } from '../../src/bin/domEnvironment.ts';
import { openDomEnvironment } from '../../src/bin/domEnvironment.ts';
import { ALTINN_SCHEMA_DIR, EXAMPLE_APP_DIR } from '../support/altinnSchemas.ts';
import { fuzzSource, mutate, mutationArb, readAppFolder, syntheticApps, type FuzzApp } from './appMutations.ts';

/*
 * The fuzz run of issue 12: random hostile changes to real and small apps, each through what
 * `skjema check` does (load every layout set, schema checks, lint) and through rendering the first
 * page in jsdom (SKJEMA_FUZZ_RENDER_EVERY=n renders only every n-th case, for a quicker local run). The invariant: each case ends with a report
 * (exit 0 or 1), within a time and memory bound, and nothing throws past it. SKJEMA_FUZZ_CASES and
 * SKJEMA_FUZZ_SEED change the run's size and seed (a failure prints both, and the shrunk case).
 */
const CASES = Number(process.env.SKJEMA_FUZZ_CASES ?? 10_000);
const SEED = process.env.SKJEMA_FUZZ_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.SKJEMA_FUZZ_SEED);
const RENDER_EVERY = Math.max(1, Number(process.env.SKJEMA_FUZZ_RENDER_EVERY ?? 1));
const CASE_TIME_BOUND_MS = 5_000;
const CASE_HEAP_BOUND_BYTES = 512 * 2 ** 20;

const BASES = [readAppFolder(EXAMPLE_APP_DIR), ...syntheticApps()];

type Outcome = 'ok' | 'reported' | 'no-layout-set';

let dom: DomEnvironment | undefined;
let renderFirstPage: PageRenderer | undefined;

beforeAll(async () => {
  dom = await openDomEnvironment();
  const { renderPagesCheck } = await import('../../src/react/headless/renderPagesCheck.tsx');
  renderFirstPage = (layoutSet) =>
    renderPagesCheck(layoutSet, { document: dom!.document, pages: layoutSet.pageOrder.slice(0, 1) });
  // Compiling the schema validators and React's first render happen once, here, so that the
  // slowest case is slow for what it is.
  for (const files of BASES) {
    await checkSource(fuzzSource({ files, failing: {} }), 'warm-up', {
      schemaDir: ALTINN_SCHEMA_DIR,
      renderPages: renderFirstPage,
    });
  }
  console.log(`fuzz: ${CASES} cases, seed ${SEED} (SKJEMA_FUZZ_SEED=${SEED} repeats this run)`);
}, 120_000);
afterAll(() => dom?.close());

describe('the fuzz run over app folders (issue 12)', () => {
  it(`ends every one of ${CASES} hostile apps with a report, in bounded time and memory`, async () => {
    const outcomes: Record<Outcome, number> = { ok: 0, reported: 0, 'no-layout-set': 0 };
    const slowest = { ms: 0, heap: 0, mutations: '' };
    // The most the heap held after a case: what a CI worker's heap limit has to allow.
    let peakHeap = 0;
    const time = { making: 0, checking: 0, rendering: 0 };
    let cases = 0;
    let rendered = 0;
    let pages = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: BASES.length - 1 }),
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        async (base, mutations) => {
          const made = performance.now();
          const app: FuzzApp = { files: { ...BASES[base] }, failing: {} };
          for (const mutation of mutations) mutate(app, mutation);
          time.making += performance.now() - made;
          const render = cases % RENDER_EVERY === 0;
          cases++;
          const heapBefore = process.memoryUsage().heapUsed;
          const start = performance.now();
          const report = await checkSource(fuzzSource(app), 'fuzz', {
            schemaDir: ALTINN_SCHEMA_DIR,
            renderPages: render ? renderFirstPage : undefined,
          });
          const ms = performance.now() - start;
          if (render) time.rendering += ms;
          else time.checking += ms;
          const heapAfter = process.memoryUsage().heapUsed;
          const heap = heapAfter - heapBefore;
          peakHeap = Math.max(peakHeap, heapAfter);
          if (ms > slowest.ms) Object.assign(slowest, { ms, heap, mutations: JSON.stringify(mutations).slice(0, 300) });
          if (render) {
            rendered++;
            pages += report.renderedPages ?? 0;
          }
          const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
          outcomes[report.layoutSets.length === 0 ? 'no-layout-set' : errors.length > 0 ? 'reported' : 'ok']++;
          // A report, never a stack trace: every finding says what and (but for render-time
          // console notices) where.
          for (const diagnostic of report.diagnostics) {
            expect(diagnostic.message).not.toMatch(/\n\s+at |Maximum call stack|render-failed/);
            expect(typeof diagnostic.code).toBe('string');
          }
          expect(ms).toBeLessThan(CASE_TIME_BOUND_MS);
          expect(heap).toBeLessThan(CASE_HEAP_BOUND_BYTES);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: CASES, seed: SEED, endOnFailure: false, verbose: 1 },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz: ${cases} cases (seed ${SEED}) in ${seconds} s: ${outcomes.ok} ok, ${outcomes.reported} reported with errors, ` +
        `${outcomes['no-layout-set']} with no layout set to load; ${rendered} rendered (1 in ${RENDER_EVERY}, first page, ${pages} pages); ` +
        `${(time.making / 1000).toFixed(1)} s making apps, ${(time.checking / 1000).toFixed(1)} s checking, ${(time.rendering / 1000).toFixed(1)} s checking and rendering; ` +
        `slowest ${slowest.ms.toFixed(0)} ms, heap ${(slowest.heap / 2 ** 20).toFixed(1)} MB: ${slowest.mutations}; ` +
        `heap at most ${(peakHeap / 2 ** 20).toFixed(0)} MB after a case`,
    );
    expect(cases).toBe(CASES);
  }, 600_000);
});
