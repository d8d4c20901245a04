// Imports every published entry from dist/ by its package name, in plain Node (no DOM), the way a
// consumer's code would. Run after `npm run build` (npm run test:dist does both).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

test('skjema/core loads without a DOM and loads an app from objects', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const core = await import('skjema/core');
  const source = core.objectSource({
    'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model' }] },
    'App/ui/form/Settings.json': { pages: { order: ['one'] } },
    'App/ui/form/layouts/one.json': { data: { layout: [{ id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'a.name' } }] } },
  });
  const { layoutSet, diagnostics } = await core.loadLayoutSet(source);
  assert.deepEqual(diagnostics, []);
  const engine = core.createFormEngine({ layoutSet });
  engine.data.setText({ dataType: 'model', field: 'a.name' }, 'Kari');
  assert.deepEqual(engine.data.snapshot().model, { a: { name: 'Kari' } });
  assert.equal(core.evaluateExpression(['plus', 0.1, 0.2], {}, { expected: 'number', defaultValue: null }).value, 0.3);
});

test('skjema/core/node reads an app folder from disk', async () => {
  const { fileSource } = await import('skjema/core/node');
  const { loadLayoutSet } = await import('skjema/core');
  const { layoutSet } = await loadLayoutSet(fileSource('examples/event-permit'));
  assert.deepEqual(layoutSet.pageOrder, ['applicant', 'event', 'conditions', 'summary']);
});

test('skjema/client loads without a DOM', async () => {
  const client = await import('skjema/client');
  assert.equal(typeof client.createAppClient, 'function');
});

test('skjema/connected loads without a DOM and makes JSON patches', async () => {
  const connected = await import('skjema/connected');
  assert.equal(typeof connected.createConnectedApp, 'function');
  assert.deepEqual(connected.createPatch({ a: 1 }, { a: 2 }), [
    { op: 'test', path: '/a', value: 1 },
    { op: 'replace', path: '/a', value: 2 },
  ]);
});

test('skjema/preview starts the server from code', async () => {
  const { startPreviewServer } = await import('skjema/preview');
  const dataDir = mkdtempSync(join(tmpdir(), 'skjema-dist-'));
  const server = await startPreviewServer({ appDir: 'examples/event-permit', dataDir, watch: false, log: () => {} });
  try {
    const texts = await (await fetch(`${server.appUrl}/api/v1/texts/en`)).json();
    assert.equal(texts.language, 'en');
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('skjema/vite loads in Node and gives the validators plugin', async () => {
  const { skjemaValidators, VALIDATORS_QUERY, extractDataUrls } = await import('skjema/vite');
  assert.equal(VALIDATORS_QUERY, '?skjema-validators');
  assert.equal(skjemaValidators().name, 'skjema-validators');
  assert.equal(extractDataUrls().name, 'skjema-extract-data-urls');
  const { skjemaApp, APP_QUERY } = await import('skjema/vite');
  assert.equal(APP_QUERY, '?skjema');
  assert.equal(skjemaApp().name, 'skjema-app');
  // The `?skjema` import's types, published beside dist/ (not built into it).
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.ok(existsSync(pkg.exports['./vite/client'].types));
  assert.ok(pkg.files.includes(pkg.exports['./vite/client'].types.replace(/^\.\//, '')));
});

test('skjema (the React renderer) loads in Node', async () => {
  const skjema = await import('skjema');
  assert.equal(typeof skjema.SkjemaForm, 'function');
  assert.ok(skjema.createDefaultRegistry().get('input'));
});

test('the skjema bin runs `check` on the example app, rendering every page, and exits by itself', () => {
  // The timeout fails the test if a worker, window or timer kept the process alive.
  const run = (...args) =>
    execFileSync(process.execPath, ['dist/cli.js', 'check', 'examples/event-permit', ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });
  assert.match(run(), /1 layout set\(s\), 0 error\(s\), 0 warning\(s\); 4 page\(s\) rendered, 0 of the errors while rendering/);
  assert.match(run('--no-render'), /1 layout set\(s\), 0 error\(s\), 0 warning\(s\)\n$/);
});

test('the package brings the Altinn schemas along: the bin checks files against them anywhere', () => {
  const outside = mkdtempSync(join(tmpdir(), 'skjema-dist-'));
  const app = join(outside, 'app');
  cpSync('examples/event-permit', app, { recursive: true });
  const page = join(app, 'App/ui/form/layouts/applicant.json');
  const layout = JSON.parse(readFileSync(page, 'utf8'));
  layout.data.layout[0].colour = 'red';
  writeFileSync(page, JSON.stringify(layout));
  const env = { ...process.env };
  delete env.SKJEMA_ALTINN_SCHEMAS;
  try {
    // Run from a folder with no ../shared near it, so only the bundled schemas can be found.
    const output = execFileSync(process.execPath, [resolve('dist/cli.js'), 'check', app, '--no-render'], {
      cwd: outside,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.match(output, /warning: App\/ui\/form\/layouts\/applicant.json#\/data\/layout\/0\/colour/);
    assert.ok(existsSync('dist/altinn-schemas/LICENSE.md'), 'the schemas travel with their licence');
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
});

test('the shipped precompiled validators find what compiling the schemas at run time finds, without eval', () => {
  for (const file of ['validators.fast.mjs', 'validators.detailed.mjs', 'validators.v9.fast.mjs', 'validators.v9.detailed.mjs']) {
    const code = readFileSync(join('dist/altinn-schemas', file), 'utf8');
    assert.doesNotMatch(code, /new Function|\beval\(/, `${file} builds no code at run time`);
  }
  const outside = mkdtempSync(join(tmpdir(), 'skjema-dist-'));
  const app = join(outside, 'app');
  cpSync('examples/event-permit', app, { recursive: true });
  const page = join(app, 'App/ui/form/layouts/applicant.json');
  const layout = JSON.parse(readFileSync(page, 'utf8'));
  layout.data.layout[0].colour = 'red';
  layout.data.layout[1].id = 'not valid!';
  writeFileSync(page, JSON.stringify(layout));
  const check = (schemas) => {
    const env = { ...process.env };
    delete env.SKJEMA_ALTINN_SCHEMAS;
    if (schemas) env.SKJEMA_ALTINN_SCHEMAS = schemas;
    const args = [resolve('dist/cli.js'), 'check', app, '--no-render', '--json'];
    try {
      return execFileSync(process.execPath, args, { cwd: outside, env, encoding: 'utf8', timeout: 60_000 });
    } catch (error) {
      return error.stdout; // exit 1: the report is still on stdout
    }
  };
  try {
    const precompiled = JSON.parse(check(undefined)).diagnostics;
    // The schemas the build shipped, as plain JSON: compiled by the checker at run time.
    const compiled = JSON.parse(check(resolve('../shared/altinn-schemas'))).diagnostics;
    assert.ok(precompiled.some((d) => d.pointer === '/data/layout/0/colour'));
    assert.ok(precompiled.some((d) => d.pointer === '/data/layout/1/id'));
    assert.deepEqual(precompiled, compiled);
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
});

test('v9 apps are checked with the shipped v9 validators, finding what their schemas compiled at run time find', () => {
  assert.ok(existsSync('dist/altinn-schemas/v9/LICENSE'), 'the v9 schemas travel with their licence');
  const outside = mkdtempSync(join(tmpdir(), 'skjema-dist-v9-'));
  const app = join(outside, 'app');
  cpSync('../shared/corpus/process-transition-test-v9', app, { recursive: true });
  const page = join(app, 'App/ui/Task_1/layouts/Side1.json');
  const layout = JSON.parse(readFileSync(page, 'utf8'));
  // `xl` left grid styling in v9; a nested expression v9 knows and v8 does not.
  layout.data.layout[1].grid = { xs: 12, xl: 6 };
  layout.data.layout[2].hidden = ['equals', ['count', ['list', 1]], 2];
  writeFileSync(page, JSON.stringify(layout));
  const check = (schemas) => {
    const env = { ...process.env };
    delete env.SKJEMA_ALTINN_SCHEMAS;
    if (schemas) env.SKJEMA_ALTINN_SCHEMAS = schemas;
    const args = [resolve('dist/cli.js'), 'check', app, '--no-render', '--json'];
    try {
      return execFileSync(process.execPath, args, { cwd: outside, env, encoding: 'utf8', timeout: 60_000 });
    } catch (error) {
      return error.stdout;
    }
  };
  try {
    const precompiled = JSON.parse(check(undefined)).diagnostics.filter((d) => d.code === 'schema');
    const compiled = JSON.parse(check(resolve('../shared/altinn-schemas'))).diagnostics.filter((d) => d.code === 'schema');
    assert.deepEqual(
      precompiled.map((d) => d.pointer),
      ['/data/layout/1/grid/xl'],
    );
    assert.deepEqual(precompiled, compiled);
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
});
