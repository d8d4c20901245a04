import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkApp } from '../../src/cli/check.ts';
import { loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../src/core/app/source.ts';
import { bundleApp } from '../../src/core/node/appBundle.ts';
import { fileSource } from '../../src/core/node/fileSource.ts';
import { ALTINN_SCHEMA_DIR } from '../support/altinnSchemas.ts';

const LIBRARY_APP = resolve('tests/core/fixtures/library-app');
const LIBRARY = resolve('examples/agency-parts');

let broken: string;
beforeAll(async () => {
  broken = await mkdtemp(join(tmpdir(), 'skjema-libraries-'));
  await cp(LIBRARY_APP, broken, { recursive: true });
  await writeFile(
    join(broken, 'App/config/skjema-libraries.json'),
    JSON.stringify({ libraries: { common: LIBRARY, kommune: '@agency/not-installed' }, version: 2 }),
  );
  await writeFile(
    join(broken, 'App/ui/form/Settings.json'),
    JSON.stringify({ pages: { order: ['common:applicant', 'contact', 'common:receipt'] } }),
  );
  await writeFile(
    join(broken, 'App/ui/form/layouts/contact.json'),
    JSON.stringify({
      data: {
        layout: [
          { $part: 'common:contact-block' },
          { $part: 'common:contact-block' },
          {
            id: 'town',
            type: 'Dropdown',
            optionsId: 'kommune:byer',
            dataModelBindings: { simpleBinding: 'contact.municipality' },
          },
        ],
      },
    }),
  );
});
afterAll(() => rm(broken, { recursive: true, force: true }));

describe('skjema check with libraries', () => {
  it('finds nothing wrong in an app that uses a library folder', async () => {
    const report = await checkApp(LIBRARY_APP, { schemaDir: ALTINN_SCHEMA_DIR });
    expect(report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  it('locates each broken reference: library, page, code list and ids that clash once a part is used twice', async () => {
    const report = await checkApp(broken, { schemaDir: ALTINN_SCHEMA_DIR });
    const found = report.diagnostics.map(({ code, file, pointer }) => `${code} ${file}#${pointer ?? ''}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'library App/config/skjema-libraries.json#/version',
        'library App/config/skjema-libraries.json#/libraries/kommune',
        'library-page App/ui/form/Settings.json#/pages/order/2',
        'library-options App/ui/form/layouts/contact.json#/data/layout/2/optionsId',
      ]),
    );
    // Without an idPrefix the part's ids appear twice in the form.
    expect(
      report.diagnostics.some((diagnostic) => diagnostic.code === 'duplicate-id' && diagnostic.componentId === 'email'),
    ).toBe(true);
  });
});

describe('a library from an npm package', () => {
  it('is found with Node resolution from the app folder', async () => {
    const app = await mkdtemp(join(tmpdir(), 'skjema-library-package-'));
    try {
      await cp(LIBRARY_APP, app, { recursive: true });
      const packageDir = join(app, 'node_modules/@agency/altinn-parts');
      await cp(LIBRARY, packageDir, { recursive: true });
      await writeFile(
        join(packageDir, 'package.json'),
        JSON.stringify({ name: '@agency/altinn-parts', version: '1.0.0' }),
      );
      await writeFile(
        join(app, 'App/config/skjema-libraries.json'),
        JSON.stringify({ libraries: { common: '@agency/altinn-parts' } }),
      );
      const { layoutSet, diagnostics } = await loadLayoutSet(fileSource(app));
      expect(diagnostics).toEqual([]);
      expect(layoutSet?.layoutFiles.applicant).toBe('libraries/common/App/ui/parts/pages/applicant.json');
      expect(layoutSet?.options['common:kommuner']).toHaveLength(4);
    } finally {
      await rm(app, { recursive: true, force: true });
    }
  });
});

describe('skjema bundle with libraries', () => {
  it('carries the library files the form uses under libraries/<name>/, and the page loads from them alone', async () => {
    const bundle = await bundleApp(LIBRARY_APP);
    expect(bundle.diagnostics).toEqual([]);
    expect(Object.keys(bundle.files)).toEqual(
      expect.arrayContaining([
        'App/config/skjema-libraries.json',
        'libraries/common/App/options/kommuner.json',
        'libraries/common/App/config/texts/resource.nn.json',
        'libraries/common/App/ui/parts/pages/applicant.json',
        'libraries/common/App/ui/parts/components/contact-block.json',
      ]),
    );
    // A build watches the library's own files, which live outside the app folder.
    expect(bundle.libraryFiles['libraries/common/App/options/kommuner.json']).toBe(
      join(LIBRARY, 'App/options/kommuner.json'),
    );
    const { layoutSet, diagnostics } = await loadLayoutSet(objectSource(bundle.files));
    expect(diagnostics).toEqual([]);
    expect(layoutSet?.pageOrder).toEqual(['applicant', 'contact']);
    expect(layoutSet?.options['common:kommuner']).toHaveLength(4);
  });
});
