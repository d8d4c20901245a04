import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../../src/core/app/source.ts';
import { fileSource } from '../../../src/core/node/fileSource.ts';
import { altinnSchemaChecker } from '../../support/altinnSchemas.ts';

const LIBRARY_APP = resolve('tests/core/fixtures/library-app');

/** A small app whose library `common` is held in memory under the prefix the loader reads it by. */
function app(files: Record<string, unknown>) {
  return objectSource({
    'App/config/applicationmetadata.json': { id: 'skjema/x', dataTypes: [{ id: 'model', taskId: 'Task_1' }] },
    'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] },
    'App/config/skjema-libraries.json': { libraries: { common: '../parts' } },
    'App/ui/form/layouts/own.json': { data: { layout: [{ id: 'own-title', type: 'Header', size: 'L' }] } },
    'App/ui/form/Settings.json': { pages: { order: ['own'] } },
    'libraries/common/App/options/kommuner.json': [{ value: '0301', label: 'Oslo' }],
    'libraries/common/App/ui/parts/pages/applicant.json': {
      data: { layout: [{ id: 'applicant-name', type: 'Input', dataModelBindings: { simpleBinding: 'name' } }] },
    },
    'libraries/common/App/ui/parts/components/contact.json': {
      data: { layout: [{ id: 'email', type: 'Input', dataModelBindings: { simpleBinding: 'email' } }] },
    },
    ...files,
  });
}

const located = (diagnostics: { code: string; file?: string; pointer?: string }[], code: string) =>
  diagnostics.filter((diagnostic) => diagnostic.code === code).map(({ file, pointer }) => `${file}#${pointer}`);

describe('shared libraries of app parts', () => {
  it('takes a page, a component part, a code list and texts from a library folder', async () => {
    const { layoutSet, diagnostics } = await loadLayoutSet(fileSource(LIBRARY_APP));
    expect(diagnostics).toEqual([]);
    expect(layoutSet?.pageOrder).toEqual(['applicant', 'contact']);
    expect(layoutSet?.layoutFiles.applicant).toBe('libraries/common/App/ui/parts/pages/applicant.json');
    expect(layoutSet?.layouts.applicant?.data.layout.map((component) => component.id)).toContain(
      'shared-applicant-municipality',
    );
    // The part's ids are prefixed where it is used, so they stay unique in the form.
    expect(layoutSet?.layouts.contact?.data.layout.map((component) => component.id)).toEqual([
      'contact-header',
      'contact-email',
      'contact-phone',
      'home-municipality',
    ]);
    expect(layoutSet?.options['common:kommuner']?.map((option) => option.value)).toEqual([
      '0301',
      '4601',
      '5001',
      '5501',
    ]);
    const nb = layoutSet?.texts.nb ?? [];
    // The app's own text wins over the library's; the library fills in the rest, in every language it has.
    expect(nb.find((text) => text.id === 'parts.applicant.header')?.value).toBe('Hvem søker?');
    expect(nb.find((text) => text.id === 'kommune.0301')?.value).toBe('Oslo');
    expect(layoutSet?.texts.en?.find((text) => text.id === 'parts.applicant.header')?.value).toBe(
      'About the applicant',
    );
  });

  it('reports a libraries file with unknown keys or bad entries where they are written', async () => {
    const { diagnostics } = await loadLayoutSet(
      app({
        'App/config/skjema-libraries.json': { libraries: { common: '../parts', 'bad name': 'x', empty: '' }, extra: 1 },
      }),
    );
    expect(located(diagnostics, 'library')).toEqual([
      'App/config/skjema-libraries.json#/extra',
      'App/config/skjema-libraries.json#/libraries/bad name',
      'App/config/skjema-libraries.json#/libraries/empty',
    ]);
  });

  it('reports a library that does not resolve, and the references to it', async () => {
    const { layoutSet, diagnostics } = await loadLayoutSet(
      app({
        'App/config/skjema-libraries.json': { libraries: { common: '../parts', gone: '@agency/not-installed' } },
        'App/ui/form/Settings.json': { pages: { order: ['own', 'gone:applicant'] } },
      }),
    );
    expect(located(diagnostics, 'library')).toEqual(['App/config/skjema-libraries.json#/libraries/gone']);
    expect(located(diagnostics, 'library-page')).toEqual(['App/ui/form/Settings.json#/pages/order/1']);
    // Reported once, as the library reference it is, not again as a page without a file.
    expect(located(diagnostics, 'page-order')).toEqual([]);
    expect(layoutSet?.pageOrder).toEqual(['own']);
  });

  it('reports a missing page, a page clash, a missing component part and a missing code list, located', async () => {
    const { layoutSet, diagnostics } = await loadLayoutSet(
      app({
        'App/ui/form/Settings.json': { pages: { order: ['own', 'common:nothing', 'common:own', 'common:applicant'] } },
        'App/ui/form/layouts/own.json': {
          data: {
            layout: [
              { id: 'own-title', type: 'Header', size: 'L' },
              { $part: 'common:missing' },
              { $part: 'other:contact' },
              { $part: 'common:contact', idPrefix: 'a-' },
              { id: 'town', type: 'Dropdown', optionsId: 'common:byer' },
            ],
          },
        },
      }),
    );
    expect(located(diagnostics, 'library-page')).toEqual([
      'App/ui/form/Settings.json#/pages/order/1',
      'App/ui/form/Settings.json#/pages/order/2',
    ]);
    expect(located(diagnostics, 'library-part')).toEqual([
      'App/ui/form/layouts/own.json#/data/layout/1/$part',
      'App/ui/form/layouts/own.json#/data/layout/2/$part',
    ]);
    expect(located(diagnostics, 'library-options')).toEqual(['App/ui/form/layouts/own.json#/data/layout/4/optionsId']);
    // What resolves is still used.
    expect(layoutSet?.pageOrder).toEqual(['own', 'applicant']);
    expect(layoutSet?.layouts.own?.data.layout.map((component) => component.id)).toEqual([
      'own-title',
      'a-email',
      'town',
    ]);
  });

  it('checks a part against the Altinn schemas and names the library file', async () => {
    const { diagnostics } = await loadLayoutSet(
      app({
        'App/ui/form/layouts/own.json': { data: { layout: [{ $part: 'common:contact' }] } },
        'libraries/common/App/ui/parts/components/contact.json': {
          data: { layout: [{ id: 'email', type: 'Input', dataModelBindings: { simpleBinding: 'email' }, size: 12 }] },
        },
      }),
      { schemas: await altinnSchemaChecker() },
    );
    const schemaFiles = diagnostics.filter((diagnostic) => diagnostic.code === 'schema').map((found) => found.file);
    expect(schemaFiles).toContain('libraries/common/App/ui/parts/components/contact.json');
    // The reference itself is not a component, so the page's own check leaves it to the part's file.
    expect(schemaFiles).not.toContain('App/ui/form/layouts/own.json');
  });
});
