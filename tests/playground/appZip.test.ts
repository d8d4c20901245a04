import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkApp } from '../../src/cli/check.ts';
import { blankApp, exampleApp } from '../../src/playground/startingApps.ts';
import { unzipFiles, zipFiles } from '../../src/playground/zip.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Writes the playground's .zip and unpacks it with the system's unzip, as a designer would. */
async function unpacked(files: Record<string, string>): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'skjema-playground-'));
  folders.push(folder);
  writeFileSync(join(folder, 'app.zip'), new Uint8Array(await (await zipFiles(files)).arrayBuffer()));
  execFileSync('unzip', ['-q', 'app.zip', '-d', 'app'], { cwd: folder });
  return join(folder, 'app');
}

describe("The playground's download", () => {
  for (const [name, app] of [
    ['the example app', exampleApp],
    ['a blank app', blankApp],
  ] as const) {
    it(`of ${name} unpacks into a folder that skjema check accepts`, async () => {
      const files = app();
      const folder = await unpacked(files);
      expect(readFileSync(join(folder, 'App/ui/layout-sets.json'), 'utf8')).toBe(files['App/ui/layout-sets.json']);
      const report = await checkApp(folder);
      expect(report.schemaWarning).toBeUndefined();
      expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(report.layoutSets).toEqual(['form']);
    });
  }

  it('reads back what it wrote, names and all', async () => {
    const files = { 'App/config/texts/resource.nb.json': '{"language":"nb","resources":[{"id":"å","value":"Ærlig"}]}' };
    expect(await unzipFiles(await zipFiles(files))).toEqual(files);
  });
});
