import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listLayoutSets, loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import { fileSource } from '../../../src/core/node/fileSource.ts';
import { checkApp } from '../../../src/cli/check.ts';

const EXAMPLE = join(import.meta.dirname, '../../../examples/event-permit');
const made: string[] = [];

/** A copy of the example app, changed by `change`, in a folder of its own. */
function exampleWith(change: (appDir: string) => void): string {
  const appDir = mkdtempSync(join(tmpdir(), 'skjema-fs-'));
  made.push(appDir);
  cpSync(join(EXAMPLE, 'App'), join(appDir, 'App'), { recursive: true });
  change(appDir);
  return appDir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('file-system failures while loading an app folder', () => {
  it('a folder where a file should be is a located error, and the rest of the app loads', async () => {
    const appDir = exampleWith((dir) => {
      const file = join(dir, 'App/ui/form/layouts/event.json');
      rmSync(file);
      mkdirSync(file);
      rmSync(join(dir, 'App/config/applicationmetadata.json'));
      mkdirSync(join(dir, 'App/config/applicationmetadata.json'));
    });
    const { layoutSet, diagnostics } = await loadLayoutSet(fileSource(appDir));
    expect(layoutSet?.pageOrder).toContain('applicant');
    const failures = diagnostics.filter((diagnostic) => diagnostic.code === 'file-read');
    expect(failures.map((diagnostic) => diagnostic.file)).toEqual(['App/config/applicationmetadata.json']);
    expect(failures[0].message).toContain('is a folder where a file should be');
  });

  it('a layout set id too long for the file system is a located error, not an exception', async () => {
    const appDir = exampleWith((dir) => {
      const path = join(dir, 'App/ui/layout-sets.json');
      const sets = JSON.parse(readFileSync(path, 'utf8')) as { sets: { id: string }[] };
      sets.sets[0].id = 'x'.repeat(300);
      writeFileSync(path, JSON.stringify(sets));
    });
    const listing = await listLayoutSets(fileSource(appDir));
    expect(listing.layoutSets).toHaveLength(1);
    const { diagnostics } = await loadLayoutSet(fileSource(appDir));
    const failure = diagnostics.find((diagnostic) => diagnostic.code === 'file-read');
    expect(failure?.file).toMatch(/^App\/ui\/x{300}/);
    expect(failure?.message).toContain('name too long');
  });

  it('skjema check reports them and finishes', async () => {
    const appDir = exampleWith((dir) => {
      rmSync(join(dir, 'App/ui/layout-sets.json'));
      mkdirSync(join(dir, 'App/ui/layout-sets.json'));
    });
    const report = await checkApp(appDir);
    expect(report.diagnostics.some((diagnostic) => diagnostic.code === 'file-read')).toBe(true);
  });
});
