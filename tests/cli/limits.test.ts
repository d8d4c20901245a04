import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDevApp } from '../../src/cli/devServer/devApp.ts';
import { main } from '../../src/cli/main.ts';
import type { Diagnostic } from '../../src/core/diagnostics.ts';
import { LIMITS } from '../../src/core/limits/limits.ts';
import { ALTINN_SCHEMA_DIR, EXAMPLE_APP_DIR } from '../support/altinnSchemas.ts';

const PAGE = 'App/ui/form/layouts/applicant.json';
const TEXTS = 'App/config/texts/resource.nb.json';
const apps: string[] = [];
afterAll(() => Promise.all(apps.map((app) => rm(app, { recursive: true, force: true }))));

/** The example app with its first page (and texts) changed; `raw` values are spliced in as JSON text. */
async function exampleWith(change: {
  component?: (component: Record<string, unknown>) => void;
  page?: (layout: Record<string, unknown>[]) => void;
  raw?: string;
  texts?: (resources: { id: string; value: string }[]) => void;
}): Promise<string> {
  const app = await mkdtemp(join(tmpdir(), 'skjema-limits-'));
  apps.push(app);
  await cp(EXAMPLE_APP_DIR, app, { recursive: true });
  const page = JSON.parse(await readFile(join(app, PAGE), 'utf8')) as { data: { layout: Record<string, unknown>[] } };
  change.component?.(page.data.layout[3]);
  change.page?.(page.data.layout);
  // Deep values are written as text: JSON.stringify itself overflows the stack on them.
  await writeFile(join(app, PAGE), JSON.stringify(page).replace('"@raw"', change.raw ?? '"@raw"'));
  if (change.texts) {
    const texts = JSON.parse(await readFile(join(app, TEXTS), 'utf8')) as {
      resources: { id: string; value: string }[];
    };
    change.texts(texts.resources);
    await writeFile(join(app, TEXTS), JSON.stringify(texts));
  }
  return app;
}

async function check(app: string) {
  const lines: string[] = [];
  const code = await main(['check', app, '--schemas', ALTINN_SCHEMA_DIR, '--no-render', '--json'], (line) =>
    lines.push(line),
  );
  const output = lines.join('\n');
  const report = JSON.parse(output) as { diagnostics: Diagnostic[] };
  return { code, output, limits: report.diagnostics.filter((d) => d.code.startsWith('limit-')) };
}

describe('skjema check on input past the limits (issue 12, finding 4)', () => {
  for (const levels of [2_000, 50_000]) {
    it(`reports an expression nested ${levels} levels, located, with exit code 1 and no stack trace`, async () => {
      const app = await exampleWith({
        component: (component) => (component.hidden = '@raw'),
        raw: `${'["not",'.repeat(levels)}true${']'.repeat(levels)}`,
      });
      const { code, output, limits } = await check(app);
      expect(code).toBe(1);
      expect(output).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
      expect(limits).toEqual([
        expect.objectContaining({ code: 'limit-depth', file: PAGE, componentId: 'applicant-name', severity: 'error' }),
      ]);
      expect(limits[0].pointer).toMatch(/^\/data\/layout\/3\/hidden(\/1)+$/);
    });

    it(`reports a page nested ${levels} levels deep through groups and arrays, with exit code 1`, async () => {
      const app = await exampleWith({
        component: (component) => (component.grid = '@raw'),
        raw: `${'[{"a":'.repeat(levels / 2)}1${'}]'.repeat(levels / 2)}`,
      });
      const { code, output, limits } = await check(app);
      expect(code).toBe(1);
      expect(output).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
      expect(limits.map((d) => d.code)).toEqual(['limit-depth']);
    });
  }

  it('finishes with one finding each for 200,000 options, 20,000 components and a 5 MB text', async () => {
    const app = await exampleWith({
      component: (component) => {
        component.type = 'Dropdown';
        component.options = Array.from({ length: 200_000 }, (_, index) => ({ value: `v${index}`, label: `l${index}` }));
      },
      page: (layout) => {
        for (let index = 0; index < 20_000; index++) layout.push({ id: `extra${index}x`, type: 'Paragraph' });
      },
      texts: (resources) => (resources[0].value = '**fet** [lenke](https://example.com) '.repeat(140_000)),
    });
    const { code, limits } = await check(app);
    expect(code).toBe(1);
    expect(limits.map(({ code, file, pointer }) => ({ code, file, pointer }))).toEqual([
      { code: 'limit-components', file: PAGE, pointer: `/data/layout/${LIMITS.componentsPerPage}` },
      { code: 'limit-options', file: PAGE, pointer: `/data/layout/3/options/${LIMITS.optionsPerList}` },
      { code: 'limit-text', file: TEXTS, pointer: '/resources/0/value' },
    ]);
  });

  it("goes through the same limits in the dev server's check", async () => {
    const app = await exampleWith({
      component: (component) => (component.hidden = '@raw'),
      raw: `${'["not",'.repeat(50_000)}true${']'.repeat(50_000)}`,
    });
    const dev = await loadDevApp(app, { schemaDir: ALTINN_SCHEMA_DIR });
    expect(dev.layoutSet?.layouts.applicant.data.layout.map((c) => c.id)).not.toContain('applicant-name');
    expect(dev.diagnostics.filter((d) => d.code === 'limit-depth')).toEqual([
      expect.objectContaining({ file: PAGE, componentId: 'applicant-name' }),
    ]);
  });
});
