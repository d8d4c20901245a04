import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkApp } from '../../src/cli/check.ts';
import { loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../src/core/app/source.ts';
import { EXAMPLE_PARTS, withLibraryPart } from '../../src/playground/exampleLibrary.ts';
import { blankApp } from '../../src/playground/startingApps.ts';

describe('inserting a part of the example library in the playground', () => {
  it('offers the library’s component parts', () => {
    expect(EXAMPLE_PARTS).toEqual(['common:contact-block']);
  });

  it('adds the reference, declares the library and brings its files, so the form shows the part', async () => {
    const page = 'App/ui/form/layouts/page1.json';
    const once = withLibraryPart(blankApp(), page, 'common:contact-block')!;
    const twice = withLibraryPart(once, page, 'common:contact-block')!;
    const { layoutSet, diagnostics } = await loadLayoutSet(objectSource(twice));
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(layoutSet?.layouts.page1?.data.layout.map((component) => component.id)).toEqual([
      'page1-heading',
      'contact-block-1-email',
      'contact-block-1-phone',
      'contact-block-2-email',
      'contact-block-2-phone',
    ]);
    expect(layoutSet?.texts.en?.some((text) => text.id === 'parts.contact.email')).toBe(true);
  });

  it('downloads as an app folder that skjema check finds nothing wrong with', async () => {
    const files = withLibraryPart(blankApp(), 'App/ui/form/layouts/page1.json', 'common:contact-block')!;
    const folder = mkdtempSync(join(tmpdir(), 'skjema-playground-library-'));
    try {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), text);
      }
      const report = await checkApp(folder);
      expect(report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('leaves a page file that is not a layout alone', () => {
    expect(
      withLibraryPart(
        { 'App/ui/form/layouts/page1.json': '{ "data": ' },
        'App/ui/form/layouts/page1.json',
        'common:contact-block',
      ),
    ).toBeUndefined();
  });
});
