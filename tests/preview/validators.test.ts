import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PrecompiledModelValidators } from '../../src/core/index.ts';
import { startPreviewServer, type PreviewServer } from '../../src/preview/index.ts';
import { EXAMPLE_APP, fixtureVariant } from './support/previewHarness.ts';

/** Imports a module as a browser would have to: from its text alone, with nothing to resolve bare names against. */
async function importText(code: string): Promise<{ default: PrecompiledModelValidators }> {
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    default: PrecompiledModelValidators;
  };
}

describe('preview server: precompiled validators for the page', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  async function start(appDir: string, log: string[] = []): Promise<PreviewServer> {
    const dataDir = mkdtempSync(join(tmpdir(), 'skjema-preview-validators-'));
    const server = await startPreviewServer({ appDir, dataDir, watch: false, log: (line) => log.push(line) });
    cleanup.push(
      () => rmSync(dataDir, { recursive: true, force: true }),
      () => server.close(),
    );
    return server;
  }

  it('serves each data model as one same-origin ES module that validates without eval or a bundler', async () => {
    const server = await start(EXAMPLE_APP);
    const response = await fetch(`${server.appUrl}/skjema/validators/model.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const code = await response.text();
    expect(code).not.toMatch(/new Function|\beval\(|^import /m);
    const validate = (await importText(code)).default['']!;
    expect(validate({ event: { date: '14.06.2027', description: 'Jazz' } })).toBe(true);
    expect(validate({ event: { date: '2027-06-14' } })).toBe(false);
    // maxLength counts characters with ajv's helper, which is linked into the module.
    expect(validate({ event: { description: 'x'.repeat(1001) } })).toBe(false);

    expect((await fetch(`${server.appUrl}/skjema/validators/nothing.js`)).status).toBe(404);
  });

  it('reports a schema that does not compile with its file and pointer, and compiles it again after a reload', async () => {
    const appDir = fixtureVariant('validators', () => {});
    cleanup.push(() => rmSync(appDir, { recursive: true, force: true }));
    const file = join(appDir, 'App/models/model.schema.json');
    const original = readFileSync(file, 'utf8');
    const schema = JSON.parse(original) as { properties: Record<string, Record<string, unknown>> };
    schema.properties.amount!.pattern = '(';
    writeFileSync(file, JSON.stringify(schema));
    const log: string[] = [];
    const server = await start(appDir, log);

    const broken = await fetch(`${server.appUrl}/skjema/validators/model.js`);
    expect(broken.status).toBe(500);
    expect(await broken.json()).toMatchObject({
      file: 'App/models/model.schema.json',
      pointer: '/properties/amount/pattern',
      detail: expect.stringContaining('cannot be compiled'),
    });
    expect(log).toContainEqual(
      expect.stringMatching(/^error: App\/models\/model\.schema\.json#\/properties\/amount\/pattern: /),
    );

    writeFileSync(file, original);
    await server.reload();
    const fixed = await fetch(`${server.appUrl}/skjema/validators/model.js`);
    expect(fixed.status).toBe(200);
    expect((await importText(await fixed.text())).default['']!({ amount: -1 })).toBe(false);
  });
});
