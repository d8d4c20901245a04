/**
 * Wall time and peak memory of `skjema check` (static checks and rendering) on the hostile inputs
 * of issue 12, finding 4: expressions and layouts nested 2,000 and 50,000 levels, 200,000 inline
 * options in a Dropdown, 20,000 components on one page, a 5 MB Markdown text. Each runs in a
 * process of its own, from source, so that its peak RSS is its own.
 *
 *   npx tsx scripts/measure-limits.ts [--repo <checkout>] [--timeout <seconds>] [--only <name>]
 *
 * `--repo` measures another checkout's `src/bin/skjema.ts` (with node_modules beside it), which
 * gives the "before" figures of docs/limits.md. Not a test: it prints a table.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { repo: { type: 'string' }, timeout: { type: 'string' }, only: { type: 'string' } },
});
const repo = resolve(values.repo ?? '.');
const timeoutSeconds = Number(values.timeout ?? 120);
const EXAMPLE = resolve('examples/event-permit');
const SCHEMAS = resolve('../shared/altinn-schemas');
const PAGE = 'App/ui/form/layouts/applicant.json';
const TEXTS = 'App/config/texts/resource.nb.json';

interface Input {
  name: string;
  /** Changes the first page's components; `@raw` in the result is replaced by `raw`. */
  page?: (layout: Record<string, unknown>[]) => void;
  raw?: string;
  text?: string;
}

const notChain = (levels: number) => `${'["not",'.repeat(levels)}["dataModel","applicant.name"]${']'.repeat(levels)}`;
const INPUTS: Input[] = [
  { name: 'the example app as it is (baseline)' },
  { name: 'expression nested 2,000 levels', page: (layout) => (layout[3].hidden = '@raw'), raw: notChain(2_000) },
  { name: 'expression nested 50,000 levels', page: (layout) => (layout[3].hidden = '@raw'), raw: notChain(50_000) },
  {
    name: 'layout property nested 50,000 levels',
    page: (layout) => (layout[3].grid = '@raw'),
    raw: `${'[{"a":'.repeat(25_000)}1${'}]'.repeat(25_000)}`,
  },
  {
    name: '200,000 inline options in a Dropdown',
    page: (layout) => {
      layout[2].type = 'Dropdown';
      layout[2].options = Array.from({ length: 200_000 }, (_, index) => ({
        value: `v${index}`,
        label: `label ${index}`,
      }));
    },
  },
  {
    name: '20,000 components on one page',
    page: (layout) => {
      for (let index = 0; index < 20_000; index++) {
        layout.push({
          id: `field${index}x`,
          type: 'Input',
          dataModelBindings: { simpleBinding: 'applicant.name' },
          textResourceBindings: { title: 'applicant.name.title' },
        });
      }
    },
  },
  { name: '5 MB Markdown text', text: '**fet** [lenke](https://example.com) *kursiv* '.repeat(110_000) },
];

async function makeApp(input: Input): Promise<string> {
  const app = await mkdtemp(join(tmpdir(), 'skjema-measure-'));
  await cp(EXAMPLE, app, { recursive: true });
  const page = JSON.parse(await readFile(join(app, PAGE), 'utf8')) as { data: { layout: Record<string, unknown>[] } };
  input.page?.(page.data.layout);
  // Deep values are spliced in as text: JSON.stringify overflows the stack on them.
  await writeFile(join(app, PAGE), JSON.stringify(page).replace('"@raw"', input.raw ?? '"@raw"'));
  if (input.text) {
    const texts = JSON.parse(await readFile(join(app, TEXTS), 'utf8')) as {
      resources: { id: string; value: string }[];
    };
    // The first page's Paragraph shows it, so the text reaches the Markdown reader.
    texts.resources.find((resource) => resource.id === 'applicant.intro')!.value = input.text;
    await writeFile(join(app, TEXTS), JSON.stringify(texts));
  }
  return app;
}

interface Run {
  seconds: number;
  peakMb?: number;
  exitCode: number | null;
  timedOut: boolean;
  stackTrace: boolean;
  summary: string;
}

/** Runs the check under GNU time (for the peak RSS) and a timeout. */
function measure(app: string): Promise<Run> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(
      '/usr/bin/time',
      [
        '-f',
        'peak-rss-kb %M',
        'node',
        '--import',
        'tsx',
        join(repo, 'src/bin/skjema.ts'),
        'check',
        app,
        '--schemas',
        SCHEMAS,
      ],
      { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // The group: time, node and anything node started.
      process.kill(-child.pid!, 'SIGKILL');
    }, timeoutSeconds * 1000);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      const rss = /peak-rss-kb (\d+)/.exec(output)?.[1];
      done({
        seconds: (performance.now() - started) / 1000,
        peakMb: rss ? Number(rss) / 1024 : undefined,
        exitCode,
        timedOut,
        stackTrace: /RangeError|Maximum call stack|\n\s+at .+:\d+:\d+/.test(output),
        summary:
          output
            .split('\n')
            .filter((line) => /layout set\(s\)/.test(line))
            .pop() ?? '',
      });
    });
  });
}

console.log(`skjema check from ${repo}, timeout ${timeoutSeconds} s`);
console.log('| input | wall time | peak RSS | exit | outcome |');
console.log('| --- | --- | --- | --- | --- |');
for (const input of INPUTS.filter((candidate) => !values.only || candidate.name.includes(values.only))) {
  const app = await makeApp(input);
  try {
    const run = await measure(app);
    const outcome = run.timedOut
      ? `killed after ${timeoutSeconds} s`
      : run.stackTrace
        ? 'stack trace'
        : run.summary.replace(/^.*?: /, '');
    const time = run.timedOut ? `> ${timeoutSeconds} s` : `${run.seconds.toFixed(1)} s`;
    const peak = run.peakMb === undefined ? '—' : `${run.peakMb.toFixed(0)} MB`;
    console.log(`| ${input.name} | ${time} | ${peak} | ${run.exitCode ?? '—'} | ${outcome} |`);
  } finally {
    await rm(app, { recursive: true, force: true });
  }
}
