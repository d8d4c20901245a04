import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkApp } from '../../src/cli/check.ts';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { ALTINN_SCHEMA_DIR, CORPUS_DIR } from '../support/altinnSchemas.ts';

const apps = readdirSync(CORPUS_DIR).filter((name) => statSync(join(CORPUS_DIR, name)).isDirectory());

// The static half of `skjema check` over the real apps of ../shared/corpus: what is wrong in an
// app's own files but renders anyway is a warning (docs/compatibility.md lists them per app).
describe('skjema check over the corpus', () => {
  it('finds the thirteen apps', () => {
    expect(apps.length).toBe(13);
  });

  it.each(apps)('%s has no errors and no unknown component types', async (app) => {
    const report = await checkApp(join(CORPUS_DIR, app), { schemaDir: ALTINN_SCHEMA_DIR });
    expect(report.layoutSets.length).toBeGreaterThan(0);
    const errors = report.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    expect(errors).toEqual([]);
    expect(report.diagnostics.filter((d) => d.code === 'unknown-component')).toEqual([]);
  });

  it('explains what it accepted in the oldest app: pre-v4 groups, the missing custom receipt, a duplicate id', async () => {
    const report = await checkApp(join(CORPUS_DIR, 'designer-testdata'), { schemaDir: ALTINN_SCHEMA_DIR });
    const codes = new Set(report.diagnostics.map((d) => d.code));
    expect(codes).toEqual(
      new Set([
        'legacy-format',
        'no-pages',
        'schema',
        'duplicate-id',
        'page-order',
        'type-spelling',
        'options-missing',
      ]),
    );
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'no-pages',
        message: expect.stringContaining('the standard receipt is shown instead'),
      }),
    );
  });

  it('checks no bindings against a placeholder data model, and says so once', async () => {
    const report = await checkApp(join(CORPUS_DIR, 'tdd-contributer-restriction'), { schemaDir: ALTINN_SCHEMA_DIR });
    expect(report.diagnostics.filter((d) => d.code === 'binding')).toEqual([]);
    expect(report.diagnostics.filter((d) => d.code === 'data-model')).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('declares no fields') }),
    ]);
  });

  it('reports a binding missing from a real data model as a warning that the answer is not saved', async () => {
    const report = await checkApp(join(CORPUS_DIR, 'payment-test'), { schemaDir: ALTINN_SCHEMA_DIR });
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'binding',
        file: 'App/ui/form/layouts/06Priority.json',
        pointer: '/data/layout/8/dataModelBindings/simpleBinding',
        message: expect.stringContaining('the app backend will not save it'),
      }),
    );
  });

  // `xl` left grid styling in v9: the same component is fine in a v8 app and a finding in a v9 app.
  it.each([
    ['multiple-datamodels-test', 'App/ui/form/layouts/Side1.json', []],
    ['process-transition-test-v9', 'App/ui/Task_1/layouts/Side1.json', ['/data/layout/1/grid/xl']],
  ])('checks %s against the schemas of its own format', async (app, page, expected) => {
    const copy = mkdtempSync(join(tmpdir(), `skjema-${app}-`));
    try {
      cpSync(join(CORPUS_DIR, app), copy, { recursive: true });
      const layout = JSON.parse(readFileSync(join(copy, page), 'utf8')) as { data: { layout: object[] } };
      layout.data.layout[1] = { ...layout.data.layout[1], grid: { xs: 12, xl: 6 } };
      writeFileSync(join(copy, page), JSON.stringify(layout));
      const report = await checkApp(copy, { schemaDir: ALTINN_SCHEMA_DIR });
      expect(report.diagnostics.filter((d) => d.code === 'schema').map((d) => d.pointer)).toEqual(expected);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
