import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, createServer, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrecompiledModelValidators } from '../../src/core/index.ts';
import { skjemaValidators } from '../../src/vite/index.ts';
import { EXAMPLE_APP_DIR, REPO_ROOT } from '../support/altinnSchemas.ts';

let root: string;

beforeAll(async () => {
  await mkdir(join(REPO_ROOT, 'test-results'), { recursive: true });
  root = await mkdtemp(join(REPO_ROOT, 'test-results', 'vite-validators-'));
  await cp(join(EXAMPLE_APP_DIR, 'App'), join(root, 'App'), { recursive: true });
  await writeFile(
    join(root, 'main.js'),
    "import validators from './App/models/model.schema.json?skjema-validators';\nexport default validators;\n",
  );
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** A real Vite build of the fixture (an agency's page, reduced to its import), as one ES module. */
async function buildFixture(): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [skjemaValidators()],
    build: {
      write: false,
      minify: false,
      lib: { entry: join(root, 'main.js'), formats: ['es'], fileName: 'main' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
  expect(chunks).toHaveLength(1);
  return (chunks[0] as Rolldown.OutputChunk).code;
}

describe('skjema/vite: skjemaValidators()', () => {
  it('builds `model.schema.json?skjema-validators` into validators that run without ajv’s compiler', async () => {
    const code = await buildFixture();
    // No schema compiler is shipped, and nothing is compiled from strings at run time.
    expect(code).not.toMatch(/new Function|ajv\/dist\/compile|\beval\(/);
    const file = join(root, 'built.mjs');
    await writeFile(file, code);
    const { default: validators } = (await import(pathToFileURL(file).href)) as {
      default: PrecompiledModelValidators;
    };
    const validate = validators['']!;
    expect(validate({ event: { date: '14.06.2027', attendees: 3 } })).toBe(true);
    expect(validate({ event: { date: '2027-06-14' } })).toBe(false);
    expect(validate({ event: { attendees: 0 } })).toBe(false);
  });

  it('serves the validators from the dev server as one module the browser can run as it is', async () => {
    const server = await createServer({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [skjemaValidators()],
      server: { middlewareMode: true, hmr: false, ws: false },
      optimizeDeps: { noDiscovery: true },
    });
    try {
      const main = await server.transformRequest('/main.js');
      const id = /from\s+"([^"]*skjema-validators[^"]*)"/.exec(main!.code)?.[1];
      expect(id).toBeDefined();
      // What Vite's middleware does with the address the browser asks for.
      const module = await server.transformRequest(id!.replace(/^\/@id\//, '').replace('__x00__', '\0'));
      // No import left for the browser to resolve (ajv's CommonJS helpers are linked in).
      expect(module!.code).not.toMatch(/^\s*import\s/m);
      const { default: validators } = (await import(
        `data:text/javascript;base64,${Buffer.from(module!.code).toString('base64')}`
      )) as { default: PrecompiledModelValidators };
      expect(validators['']!({ event: { date: '2027-06-14' } })).toBe(false);
      expect(validators['']!({ event: { date: '14.06.2027', description: 'Jazz' } })).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('stops the build with the schema file named when the schema does not compile', async () => {
    const file = join(root, 'App/models/model.schema.json');
    const original = await readFile(file, 'utf8');
    const schema = JSON.parse(original) as { properties: { event: { properties: { date: { pattern: string } } } } };
    schema.properties.event.properties.date.pattern = '^(\\d{2}';
    await writeFile(file, JSON.stringify(schema));
    try {
      await expect(buildFixture()).rejects.toThrow(
        /model\.schema\.json: the schema of data type "model" cannot be compiled/,
      );
    } finally {
      await writeFile(file, original);
    }
  });
});
