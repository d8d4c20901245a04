import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { CDPSession } from 'playwright-core';
import { build } from 'vite';
import { launch } from './browser.ts';
import { BUILD_DIR } from './build.ts';
import { CASES } from './description.ts';
import { LIBRARIES, payloadFor, type Library } from './generate.ts';
import { startServer } from './server.ts';

/*
 * `npm run bench:profile`: where a library's page spends its mount and what it holds afterwards.
 * Builds the page unminified (so functions keep their names) into bench/.build/<library>-profile,
 * then, in one fresh page each: a CPU profile from navigation to the mounted frame (top self time
 * by function), a sampling heap profile of what is still alive after mount and a forced GC (top
 * allocation sites), and a heap snapshot (top constructors by count and by self size); then a
 * trace of another fresh page: the main thread's time by what it did (script, style, layout…).
 * PROFILE_LIBRARY (default skjema), PROFILE_CASE (default flat-1000), PROFILE_TOP (default 25),
 * PROFILE_SKIP_BUILD=1 reuses the unminified build.
 */
const library = (process.env.PROFILE_LIBRARY ?? 'skjema') as Library;
const caseId = process.env.PROFILE_CASE ?? 'flat-1000';
const top = Number(process.env.PROFILE_TOP ?? 25);
if (!LIBRARIES.includes(library)) throw new Error(`PROFILE_LIBRARY: choose from ${LIBRARIES.join(', ')}`);
const benchCase = CASES.find((candidate) => candidate.id === caseId);
if (!benchCase) throw new Error(`PROFILE_CASE: choose from ${CASES.map((candidate) => candidate.id).join(', ')}`);

const profileName = `${library}-profile`;
if (!process.env.PROFILE_SKIP_BUILD) {
  console.log(`Building ${library} unminified…`);
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'pages', library),
    base: `/${profileName}/`,
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: resolve(BUILD_DIR, profileName),
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 16384,
    },
  });
}

const payloads = new Map([[`${profileName}/${caseId}`, JSON.stringify(payloadFor(library, benchCase))]]);
const { url, server } = await startServer(payloads);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('HeapProfiler.enable');
  await session.send('Profiler.start');
  await session.send('HeapProfiler.startSampling', { samplingInterval: 4096 });
  await page.goto(`${url}/${profileName}/${caseId}`);
  await page.waitForFunction(() => window.__bench?.mountMs !== undefined || window.__bench?.error !== undefined, null, {
    timeout: 120_000,
    polling: 50,
  });
  const { profile } = await session.send('Profiler.stop');
  const mountMs = await page.evaluate(() => window.__bench.mountMs);
  await session.send('HeapProfiler.collectGarbage');
  const { profile: heapProfile } = await session.send('HeapProfiler.stopSampling');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  console.log(
    `\n${library} ${caseId}: mounted in ${mountMs?.toFixed(1)} ms (profiler on), heap after GC ${(usedSize / 2 ** 20).toFixed(1)} MB`,
  );

  const modules = await moduleMap(resolve(BUILD_DIR, profileName, 'assets'));
  printSelfTime(profile, modules);
  printAllocationSites(heapProfile, modules);
  printSnapshot(await takeSnapshot(session));
  await context.close();
  await printTimeline();
} finally {
  await browser.close();
  server.close();
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: { name?: string };
}

/**
 * A second fresh page, traced without the profiler's overhead: the renderer's main thread from
 * navigation to the mounted frame by what it did (script, style, layout, parsing, GC). Nested
 * events count in each of their names, so the rows overlap; `RunTask` is the whole.
 */
async function printTimeline() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => session.once('Tracing.tracingComplete', () => done()));
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  await page.goto(`${url}/${profileName}/${caseId}`);
  await page.waitForFunction(() => window.__bench?.mountMs !== undefined || window.__bench?.error !== undefined, null, {
    timeout: 120_000,
    polling: 50,
  });
  const mountMs = await page.evaluate(() => window.__bench.mountMs);
  await session.send('Tracing.end');
  await complete;
  await context.close();
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const byName = new Map<string, number>();
  for (const event of events) {
    if (!main || event.pid !== main.pid || event.tid !== main.tid || event.ph !== 'X' || !event.dur) continue;
    byName.set(event.name, (byName.get(event.name) ?? 0) + event.dur);
  }
  printTable(
    `Renderer main thread by trace event (mounted in ${mountMs?.toFixed(1)} ms, traced)`,
    [...byName.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => [`${(micros / 1000).toFixed(1)} ms`, '', name]),
  );
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

function where(frame: CallFrame): string {
  const file = frame.url.split('/').pop() || '(native)';
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

function printTable(title: string, rows: [string, string, string][]) {
  console.log(`\n## ${title}`);
  for (const [a, b, name] of rows) console.log(`${a.padStart(10)} ${b.padStart(10)}  ${name}`);
}

function printSelfTime(
  profile: {
    nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
    samples?: number[];
    timeDeltas?: number[];
  },
  modules: ModuleOf,
) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const byModule = new Map<string, number>();
  let total = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the gap to the next one.
  for (let index = 0; index < samples.length; index++) {
    const micros = deltas[index + 1] ?? 0;
    const node = byId.get(samples[index]!);
    if (!node) continue;
    const key = where(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + micros);
    const module = modules(node.callFrame);
    byModule.set(module, (byModule.get(module) ?? 0) + micros);
    total += micros;
    // Inclusive: every function on the sample's stack, once per sample even when it recurses.
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const name = where(byId.get(id)!.callFrame);
      if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
      seen.add(name);
    }
  }
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  printTable(
    `CPU self time, navigation → mounted (${(total / 1000).toFixed(0)} ms sampled)`,
    rows.map(([name, micros]) => [`${(micros / 1000).toFixed(1)} ms`, `${((micros / total) * 100).toFixed(1)}%`, name]),
  );
  printTable(
    "CPU self time by module (the bundle's module comments; (native) is style, layout, parsing, GC)",
    [...byModule.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => [`${(micros / 1000).toFixed(1)} ms`, `${((micros / total) * 100).toFixed(1)}%`, name]),
  );
  // The app's own functions (not React's, not native) by time including what they call.
  const own = [...inclusive.entries()]
    .filter(([name]) => !/^\((program|root|idle|garbage collector|anonymous)\)/.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top * 2);
  printTable(
    'CPU total time (self + callees), navigation → mounted',
    own.map(([name, micros]) => [`${(micros / 1000).toFixed(1)} ms`, `${((micros / total) * 100).toFixed(1)}%`, name]),
  );
}

interface SamplingNode {
  callFrame: CallFrame;
  selfSize: number;
  children: SamplingNode[];
}

function printAllocationSites(profile: { head: SamplingNode }, modules: ModuleOf) {
  const self = new Map<string, number>();
  const byModule = new Map<string, number>();
  let total = 0;
  const stack: SamplingNode[] = [profile.head];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.selfSize) {
      const key = where(node.callFrame);
      self.set(key, (self.get(key) ?? 0) + node.selfSize);
      const module = modules(node.callFrame);
      byModule.set(module, (byModule.get(module) ?? 0) + node.selfSize);
      total += node.selfSize;
    }
    stack.push(...node.children);
  }
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  printTable(
    `Live after mount + GC, by allocation site (sampled, ${(total / 2 ** 20).toFixed(1)} MB)`,
    rows.map(([name, bytes]) => [`${(bytes / 1024).toFixed(0)} KB`, `${((bytes / total) * 100).toFixed(1)}%`, name]),
  );
  printTable(
    'Live after mount + GC, by the module that allocated it',
    [...byModule.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, bytes]) => [`${(bytes / 1024).toFixed(0)} KB`, `${((bytes / total) * 100).toFixed(1)}%`, name]),
  );
}

type ModuleOf = (frame: CallFrame) => string;

/** Which source module a line of the unminified bundle belongs to, from the `// path` comment that opens each module. */
async function moduleMap(assets: string): Promise<ModuleOf> {
  const starts = new Map<string, { line: number; module: string }[]>();
  for (const file of await readdir(assets)) {
    if (!file.endsWith('.js')) continue;
    const lines = (await readFile(resolve(assets, file), 'utf8')).split('\n');
    const found: { line: number; module: string }[] = [];
    lines.forEach((text, line) => {
      const match = /^\/\/(?:#region)? ((?:src|node_modules)\/\S+)/.exec(text);
      if (match) found.push({ line, module: moduleName(match[1]!) });
    });
    starts.set(file, found);
  }
  return (frame) => {
    const found = starts.get(frame.url.split('/').pop() ?? '');
    if (!found) return '(native)';
    let module = '(bundle)';
    for (const start of found) {
      if (start.line > frame.lineNumber) break;
      module = start.module;
    }
    return module;
  };
}

/** A folder of the app's sources, or a package. */
function moduleName(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'node_modules') return parts[1]!.startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1]!;
  return parts.slice(0, parts[1] === 'react' || parts[1] === 'core' ? 3 : 2).join('/');
}

async function takeSnapshot(session: CDPSession): Promise<string> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  session.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  session.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return chunks.join('');
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

function printSnapshot(json: string) {
  const snapshot = JSON.parse(json) as Snapshot;
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const groups = new Map<string, { count: number; bytes: number }>();
  let bytes = 0;
  for (let index = 0; index < snapshot.nodes.length; index += width) {
    const type = types[snapshot.nodes[index + typeAt]!]!;
    const name = snapshot.strings[snapshot.nodes[index + nameAt]!]!;
    const key = type === 'object' || type === 'closure' ? `${type} ${name}` : `(${type})`;
    const group = groups.get(key) ?? { count: 0, bytes: 0 };
    group.count++;
    group.bytes += snapshot.nodes[index + sizeAt]!;
    bytes += snapshot.nodes[index + sizeAt]!;
    groups.set(key, group);
  }
  const entries = [...groups.entries()];
  const row = ([name, group]: [string, { count: number; bytes: number }]): [string, string, string] => [
    String(group.count),
    `${(group.bytes / 1024).toFixed(0)} KB`,
    name.slice(0, 120),
  ];
  printTable(
    `Heap snapshot by constructor, most objects (${(bytes / 2 ** 20).toFixed(1)} MB in snapshot)`,
    entries
      .sort((a, b) => b[1].count - a[1].count)
      .slice(0, top)
      .map(row),
  );
  printTable(
    'Heap snapshot by constructor, most bytes',
    entries
      .sort((a, b) => b[1].bytes - a[1].bytes)
      .slice(0, top)
      .map(row),
  );
}
