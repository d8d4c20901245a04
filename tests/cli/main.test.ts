import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkApp } from '../../src/cli/check.ts';
import { runMain as run } from './runMain.ts';
import { ALTINN_SCHEMA_DIR, EXAMPLE_APP_DIR } from '../support/altinnSchemas.ts';

let appWithWarning: string;

beforeAll(async () => {
  appWithWarning = await mkdtemp(join(tmpdir(), 'skjema-main-'));
  await cp(EXAMPLE_APP_DIR, appWithWarning, { recursive: true });
  const page = join(appWithWarning, 'App/ui/form/layouts/applicant.json');
  const layout = JSON.parse(await readFile(page, 'utf8')) as { data: { layout: Record<string, unknown>[] } };
  layout.data.layout[0].colour = 'red';
  await writeFile(page, JSON.stringify(layout));
});
afterAll(() => rm(appWithWarning, { recursive: true, force: true }));

describe('skjema (static checks)', () => {
  it('passes the example app with a summary line', async () => {
    const { code, out } = await run('check', EXAMPLE_APP_DIR, '--schemas', ALTINN_SCHEMA_DIR);
    expect(code).toBe(0);
    expect(out).toMatch(/event-permit: 1 layout set\(s\), 0 error\(s\), 0 warning\(s\)$/);
  });

  it('lets a warning pass, unless --strict', async () => {
    const relaxed = await run('check', appWithWarning, '--schemas', ALTINN_SCHEMA_DIR);
    expect(relaxed.code).toBe(0);
    expect(relaxed.out).toContain('warning: App/ui/form/layouts/applicant.json#/data/layout/0/colour');
    const strict = await run('check', appWithWarning, '--schemas', ALTINN_SCHEMA_DIR, '--strict');
    expect(strict.code).toBe(1);
  });

  it('explains bad usage with exit code 2', async () => {
    expect((await run('check')).code).toBe(2);
    const unknown = await run('lint', EXAMPLE_APP_DIR);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown command "lint"');
    expect((await run('check', EXAMPLE_APP_DIR, '--colour')).code).toBe(2);
  });
});

describe('skjema check: a wrong expression', () => {
  it('is explained once, by the expression check, without the schema check repeating it', async () => {
    const app = await mkdtemp(join(tmpdir(), 'skjema-expression-'));
    try {
      await cp(EXAMPLE_APP_DIR, app, { recursive: true });
      const page = join(app, 'App/ui/form/layouts/applicant.json');
      const layout = JSON.parse(await readFile(page, 'utf8')) as { data: { layout: Record<string, unknown>[] } };
      layout.data.layout[0].hidden = ['and', ['equals', ['dataModell', 'applicant.name'], 'x'], true];
      await writeFile(page, JSON.stringify(layout));
      const report = await checkApp(app, { schemaDir: ALTINN_SCHEMA_DIR });
      expect(report.diagnostics.map(({ severity, code, pointer }) => ({ severity, code, pointer }))).toEqual([
        { severity: 'error', code: 'expression', pointer: '/data/layout/0/hidden/1/1' },
      ]);
    } finally {
      await rm(app, { recursive: true, force: true });
    }
  });
});
