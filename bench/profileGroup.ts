import type { CDPSession } from 'playwright-core';
import { resolve } from 'node:path';
import { launch } from './browser.ts';
import { buildPages } from './build.ts';
import { CASES } from './description.ts';
import { payloadFor } from './generate.ts';
import { startServer } from './server.ts';

/*
 * `npx tsx bench/profileGroup.ts [case] [library]`: builds the library's page unminified (so the
 * profile names functions) into bench/.build-profile, then runs Chrome's CPU profiler over CDP around each step of a group case — mount, opening the middle
 * row, 20 keys into its first field, adding a row, deleting a row — and the functions with the
 * most self time in each, so a slow step shows where its time goes. Defaults: group-1000, skjema.
 * PROFILE_TOP (15) functions a step.
 */
const caseId = process.argv[2] ?? 'group-1000';
const library = (process.argv[3] ?? 'skjema') as 'skjema';
const top = Number(process.env.PROFILE_TOP ?? 15);
const benchCase = CASES.find((candidate) => candidate.id === caseId);
if (!benchCase) throw new Error(`Unknown case ${caseId}: choose from ${CASES.map((c) => c.id).join(', ')}`);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

const root = resolve(import.meta.dirname, '.build-profile');
if (!process.env.BENCH_SKIP_BUILD) await buildPages([library], { outDir: root, minify: false });
const payloads = new Map([[`${library}/${caseId}`, JSON.stringify(payloadFor(library, benchCase))]]);
const { url, server } = await startServer(payloads, root);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });

  await step(session, 'mount', async () => {
    await page.goto(`${url}/${library}/${caseId}`);
    await page.waitForFunction(() => window.__bench?.mountMs !== undefined, null, { timeout: 120_000 });
  });
  await step(session, 'open the middle row', () => page.evaluate(() => window.__bench.openRow?.()));
  const target = (await page.evaluateHandle(() => window.__bench.target('cell'))).asElement();
  await target?.focus();
  await step(session, '20 keys into its first field', async () => {
    await page.keyboard.type('abcdefghijklmnopqrst');
    await page.waitForTimeout(200);
  });
  await step(session, 'add a row', () => page.evaluate(() => window.__bench.addRow!()));
  await step(session, 'delete a row', () => page.evaluate(() => window.__bench.deleteRow!()));
} finally {
  await browser.close();
  server.close();
}

async function step(session: CDPSession, name: string, act: () => Promise<unknown>) {
  await session.send('Profiler.start');
  const started = Date.now();
  const result = await act();
  const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
  const wall = Date.now() - started;
  console.log(
    `\n## ${name}: ${wall} ms wall${typeof result === 'number' ? `, page says ${result.toFixed(1)} ms` : ''}`,
  );
  console.log(typeof result === 'object' && result ? JSON.stringify(result) : '');
  console.log('self time:');
  for (const [where, ms] of selfTimes(profile).slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${where}`);
  console.log("total time (with callees), the page's own functions:");
  for (const [where, ms] of totalTimes(profile).slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${where}`);
}

function describe(frame: ProfileNode['callFrame']): string {
  return `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
}

/** Time per function counting its callees, once per sample however deep it recurses. */
function totalTimes(profile: Profile): [string, number][] {
  const parents = new Map<number, number>();
  for (const node of profile.nodes as (ProfileNode & { children?: number[] })[])
    for (const child of node.children ?? []) parents.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let index = 0; index < samples.length; index++) {
    const ms = (deltas[index + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let id: number | undefined = samples[index]; id !== undefined; id = parents.get(id)) {
      const frame = byId.get(id)!.callFrame;
      if (!frame.url.includes('/assets/')) continue;
      const where = describe(frame);
      if (seen.has(where)) continue;
      seen.add(where);
      totals.set(where, (totals.get(where) ?? 0) + ms);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Self time per function (name, file and line), from the samples and their time deltas. */
function selfTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let index = 0; index < samples.length; index++) {
    const node = byId.get(samples[index]!);
    const next = deltas[index + 1] ?? 0;
    if (!node) continue;
    const where = describe(node.callFrame);
    totals.set(where, (totals.get(where) ?? 0) + next / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}
