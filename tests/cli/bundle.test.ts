import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain as run } from './runMain.ts';
import { loadLayoutSet, objectSource, type PrecompiledModelValidators } from '../../src/core/index.ts';
import { EXAMPLE_APP_DIR, REPO_ROOT } from '../support/altinnSchemas.ts';

// Outside the repository: the written module must need no node_modules to be imported.
let outRoot: string;
let brokenApp: string;

beforeAll(async () => {
  outRoot = await mkdtemp(join(tmpdir(), 'skjema-bundle-out-'));
  brokenApp = await mkdtemp(join(tmpdir(), 'skjema-bundle-'));
  await cp(EXAMPLE_APP_DIR, brokenApp, { recursive: true });
});
afterAll(async () => {
  await rm(outRoot, { recursive: true, force: true });
  await rm(brokenApp, { recursive: true, force: true });
});

interface BundledModule {
  files: Record<string, string>;
  validators: Record<string, PrecompiledModelValidators>;
}

describe('skjema bundle', () => {
  it(
    'writes the app as one module (the real command) that loads into a form and validates',
    { timeout: 120_000 },
    async () => {
      const file = join(outRoot, 'app.js');
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'src/bin/skjema.ts', 'bundle', EXAMPLE_APP_DIR, '--out', file],
        { cwd: REPO_ROOT, encoding: 'utf8' },
      );
      expect(stdout).toMatch(/Wrote .*app\.js: 13 file\(s\) and 1 data model\(s\) compiled\./);
      expect((await readdir(outRoot)).sort()).toEqual(['app.d.ts', 'app.js']);
      const code = await readFile(file, 'utf8');
      // Nothing left for a bundler to resolve, and no compiler or eval for a strict CSP to refuse.
      expect(code).not.toMatch(/^\s*import\s|new Function|\beval\(/m);

      const { default: app } = (await import(pathToFileURL(file).href)) as { default: BundledModule };
      const { layoutSet, diagnostics } = await loadLayoutSet(objectSource(app.files));
      expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
      expect(layoutSet?.pageOrder).toEqual(['applicant', 'event', 'conditions', 'summary']);
      const validate = app.validators.model!['']!;
      expect(validate({ event: { date: '14.06.2027', attendees: 3 } })).toBe(true);
      expect(validate({ event: { date: '2027-06-14' } })).toBe(false);
      expect(app.validators.model!['/properties/event']!({ attendees: 0 })).toBe(false);
    },
  );

  it('--json writes only the files object', async () => {
    const file = join(outRoot, 'files.json');
    const { code, out } = await run('bundle', EXAMPLE_APP_DIR, '--json', '--out', file);
    expect(code).toBe(0);
    expect(out).toMatch(/Wrote .*files\.json: 13 file\(s\)\.$/);
    const files = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    expect(files['App/models/model.schema.json']).toBe(
      await readFile(join(EXAMPLE_APP_DIR, 'App/models/model.schema.json'), 'utf8'),
    );
    expect(Object.keys(files)).not.toContain('App/config/process/process.bpmn');
  });

  it('reports a file that is not JSON with its line, writes nothing, and exits 1', async () => {
    const file = join(brokenApp, 'App/options/eventCategories.json');
    const original = await readFile(file, 'utf8');
    await writeFile(file, `${original.slice(0, 30)}\n}`);
    try {
      const out = join(outRoot, 'broken.js');
      const { code, err } = await run('bundle', brokenApp, '--out', out);
      expect(code).toBe(1);
      expect(err).toMatch(/^error: App\/options\/eventCategories\.json.*line \d+/m);
      expect(err).toMatch(/1 error\(s\); nothing written\.$/);
      await expect(readFile(out)).rejects.toThrow();
    } finally {
      await writeFile(file, original);
    }
  });

  it('reports a data model without a schema as an error', async () => {
    const file = join(brokenApp, 'App/models/model.schema.json');
    const original = await readFile(file, 'utf8');
    await rm(file);
    try {
      const { code, err } = await run('bundle', brokenApp, '--out', join(outRoot, 'noschema.js'));
      expect(code).toBe(1);
      expect(err).toMatch(/^error: App\/models: No schema for data type "model"/m);
    } finally {
      await writeFile(file, original);
    }
  });

  it('shows its help, and needs an app folder', async () => {
    const help = await run('bundle', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: skjema bundle <appDir>/);
    const missing = await run('bundle', join(brokenApp, 'App'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/has no App\/ folder/);
  });
});
