import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, createServer, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelValidateFunction, PrecompiledModelValidators } from '../../src/core/index.ts';
import { loadLayoutSet, objectSource } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { skjemaApp } from '../../src/vite/index.ts';
import { EXAMPLE_APP_DIR, REPO_ROOT } from '../support/altinnSchemas.ts';

interface ImportedApp {
  files: Record<string, string>;
  validators: Record<string, PrecompiledModelValidators>;
}

let root: string;
let brokenApp: string;

beforeAll(async () => {
  document.getAnimations ??= () => [];
  await mkdir(join(REPO_ROOT, 'test-results'), { recursive: true });
  root = await mkdtemp(join(REPO_ROOT, 'test-results', 'vite-app-'));
  brokenApp = join(root, 'broken-app');
  await cp(join(EXAMPLE_APP_DIR, 'App'), join(brokenApp, 'App'), { recursive: true });
  // The page imports the example app where it lies, by a path relative to the page's module.
  const example = relative(root, EXAMPLE_APP_DIR).replace(/\\/g, '/');
  await writeFile(join(root, 'main.js'), `import app from '${example}?skjema';\nexport default app;\n`);
  await writeFile(join(root, 'broken.js'), "import app from './broken-app?skjema';\nexport default app;\n");
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** A real Vite build of a page reduced to its import, as one ES module. */
async function buildFixture(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [skjemaApp()],
    build: { write: false, minify: false, lib: { entry: join(root, entry), formats: ['es'], fileName: 'main' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
  return (chunks[0] as Rolldown.OutputChunk).code;
}

async function importBuilt(code: string, name: string): Promise<ImportedApp> {
  const file = join(root, name);
  await writeFile(file, code);
  return ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: ImportedApp }).default;
}

describe('skjema/vite: skjemaApp()', () => {
  it('builds `examples/event-permit?skjema` into the files and validators a form renders and checks with', async () => {
    const code = await buildFixture('main.js');
    // No schema compiler is shipped, and nothing is compiled from strings at run time.
    expect(code).not.toMatch(/new Function|ajv\/dist\/compile|\beval\(/);
    const app = await importBuilt(code, 'built-app.mjs');
    // The files the loader reads, as written; the backend's files stay out of the page.
    expect(app.files['App/ui/layout-sets.json']).toBe(
      await readFile(join(EXAMPLE_APP_DIR, 'App/ui/layout-sets.json'), 'utf8'),
    );
    expect(Object.keys(app.files)).toContain('App/config/texts/resource.nb.json');
    expect(Object.keys(app.files).some((path) => /process\.bpmn|policy\.xml/.test(path))).toBe(false);

    const { layoutSet, diagnostics } = await loadLayoutSet(objectSource(app.files));
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    // Each built validator, counting what it checks, so the test sees the form use them.
    const checked: unknown[] = [];
    const counted = (validate: ModelValidateFunction): ModelValidateFunction => {
      const wrapper: ModelValidateFunction = (data) => {
        checked.push(data);
        const valid = validate(data);
        wrapper.errors = validate.errors;
        return valid;
      };
      return wrapper;
    };
    const model = Object.fromEntries(Object.entries(app.validators.model!).map(([at, fn]) => [at, counted(fn)]));
    const user = userEvent.setup();
    render(
      <SkjemaForm
        layoutSet={layoutSet!}
        page="event"
        initialData={{ event: { date: '14.06.2027' } }}
        precompiledValidators={{ model }}
      />,
    );
    const attendees = await screen.findByRole('textbox', { name: /deltakere/i });
    await user.type(attendees, '0');
    await user.tab();
    // The schema's `minimum: 1`, found by the precompiled validator the form was given.
    expect((await screen.findAllByText('Minste tillatte verdi er 1')).length).toBeGreaterThan(0);
    expect(checked).toContainEqual(expect.objectContaining({ attendees: 0 }));
  });

  it('stops the build naming the file when an app file is not JSON', async () => {
    const file = join(brokenApp, 'App/ui/form/layouts/event.json');
    const original = await readFile(file, 'utf8');
    await writeFile(file, `${original.slice(0, 40)} ]`);
    try {
      await expect(buildFixture('broken.js')).rejects.toThrow(
        /broken-app\/App\/ui\/form\/layouts\/event\.json.*line \d+/,
      );
    } finally {
      await writeFile(file, original);
    }
  });

  it('stops the build naming the folder when a data model has no schema', async () => {
    const file = join(brokenApp, 'App/models/model.schema.json');
    const original = await readFile(file, 'utf8');
    await rm(file);
    try {
      await expect(buildFixture('broken.js')).rejects.toThrow(
        /broken-app\/App\/models: No schema for data type "model"/,
      );
    } finally {
      await writeFile(file, original);
    }
  });

  it('reads the app again under the dev server when a file of it changes', async () => {
    const server = await createServer({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [skjemaApp()],
      server: { middlewareMode: true, hmr: false, ws: false },
      optimizeDeps: { noDiscovery: true },
    });
    const file = join(brokenApp, 'App/config/texts/resource.en.json');
    const original = await readFile(file, 'utf8');
    try {
      const main = await server.transformRequest('/broken.js');
      const id = /from\s+"([^"]*skjema-app[^"]*)"/.exec(main!.code)?.[1];
      expect(id).toBeDefined();
      const appId = id!.replace(/^\/@id\//, '').replace('__x00__', '\0');
      const before = await server.transformRequest(appId);
      expect(before!.code).not.toContain('Changed while serving');
      await writeFile(file, original.replace(/"value": "[^"]*"/, '"value": "Changed while serving"'));
      server.watcher.emit('change', file);
      await expect
        .poll(async () => (await server.transformRequest(appId))!.code, { timeout: 5000 })
        .toContain('Changed while serving');
    } finally {
      await writeFile(file, original);
      await server.close();
    }
  });
});
