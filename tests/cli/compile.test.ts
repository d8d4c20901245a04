import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain as run } from './runMain.ts';
import type { PrecompiledModelValidators } from '../../src/core/index.ts';
import { EXAMPLE_APP_DIR, REPO_ROOT } from '../support/altinnSchemas.ts';

// Inside the repository, so the written modules' imports of ajv's helpers resolve from its node_modules.
let outRoot: string;
let brokenApp: string;

beforeAll(async () => {
  await mkdir(join(REPO_ROOT, 'test-results'), { recursive: true });
  outRoot = await mkdtemp(join(REPO_ROOT, 'test-results', 'compile-'));
  brokenApp = await mkdtemp(join(tmpdir(), 'skjema-compile-'));
  await cp(EXAMPLE_APP_DIR, brokenApp, { recursive: true });
});
afterAll(async () => {
  await rm(outRoot, { recursive: true, force: true });
  await rm(brokenApp, { recursive: true, force: true });
});

describe('skjema compile', () => {
  it('writes one module per data model and an index, says what it wrote, and the modules validate', async () => {
    const outDir = join(outRoot, 'example');
    const { code, out } = await run('compile', EXAMPLE_APP_DIR, '--out', outDir);
    expect(code).toBe(0);
    expect(out).toContain('model.js  (data type "model", from App/models/model.schema.json)');
    expect(out).toMatch(/1 data model\(s\) compiled, 0 error\(s\)\.$/);
    expect((await readdir(outDir)).sort()).toEqual(['index.d.ts', 'index.js', 'model.js']);

    const index = (await import(pathToFileURL(join(outDir, 'index.js')).href)) as {
      default: Record<string, PrecompiledModelValidators>;
    };
    const validate = index.default.model![''];
    expect(validate).toBeTypeOf('function');
    // The schema's dd.mm.yyyy pattern, checked by plain functions.
    expect(validate!({ event: { date: '14.06.2027' } })).toBe(true);
    expect(validate!({ event: { date: '2027-06-14' } })).toBe(false);
  });

  it('reports a schema that does not compile at its file and pointer, writes nothing, and exits 1', async () => {
    const file = join(brokenApp, 'App/models/model.schema.json');
    const schema = JSON.parse(await readFile(file, 'utf8')) as {
      properties: { event: { properties: { date: { pattern: string } } } };
    };
    schema.properties.event.properties.date.pattern = '^(\\d{2}';
    await writeFile(file, JSON.stringify(schema, null, 2));
    const outDir = join(outRoot, 'broken');
    const { code, out } = await run('compile', brokenApp, '--out', outDir);
    expect(code).toBe(1);
    expect(out).toContain(
      'error: App/models/model.schema.json#/properties/event/properties/date/pattern: The schema of data type "model" cannot be compiled',
    );
    expect(out).toMatch(/nothing written/);
    await expect(readdir(outDir)).rejects.toThrow();
  });

  it('reports a schema file that is not JSON with its line and column', async () => {
    await writeFile(join(brokenApp, 'App/models/model.schema.json'), '{ "type": "object", }x');
    const { code, out } = await run('compile', brokenApp, '--out', join(outRoot, 'syntax'));
    expect(code).toBe(1);
    expect(out).toMatch(/^error: App\/models\/model\.schema\.json.*line \d+/m);
  });

  it('warns of a data type without a schema file (here a folder in its place), without a stack trace', async () => {
    const file = join(brokenApp, 'App/models/model.schema.json');
    await rm(file, { force: true });
    await mkdir(file);
    const { code, out } = await run('compile', brokenApp, '--out', join(outRoot, 'folder'));
    expect(code).toBe(0);
    expect(out).toMatch(/^warning: App\/models: No schema for data type "model"/m);
    expect(out).toMatch(/no data model to compile, 0 error\(s\); nothing written\.$/);
    await rm(file, { recursive: true });
  });

  it('needs an app folder', async () => {
    const { code, err } = await run('compile', join(brokenApp, 'App'));
    expect(code).toBe(2);
    expect(err).toMatch(/has no App\/ folder/);
  });
});
