import { describe, expect, it } from 'vitest';
import { loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../../src/core/app/source.ts';
import { altinnSchemaChecker } from '../../support/altinnSchemas.ts';

const layoutSets = { sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] };
const page = (...layout: unknown[]) => ({ data: { layout } });
const input = (id: string, field: string) => ({ id, type: 'Input', dataModelBindings: { simpleBinding: field } });

function app(extra: Record<string, unknown> = {}) {
  return objectSource({
    'App/ui/layout-sets.json': layoutSets,
    'App/ui/form/Settings.json': { pages: { order: ['first', 'second'] } },
    'App/ui/form/layouts/first.json': page(input('name', 'person.name')),
    'App/ui/form/layouts/second.json': page(input('email', 'person.email')),
    'App/models/model.schema.json': { type: 'object', properties: { person: { type: 'object' } } },
    'App/config/texts/resource.nb.json': { language: 'nb', resources: [{ id: 'a', value: 'A' }] },
    'App/options/colours.json': [{ value: 'red', label: 'Rød' }],
    ...extra,
  });
}

describe('loadLayoutSet', () => {
  it('reads pages in the order of Settings.json, with texts, code lists and the data-model schema', async () => {
    const { layoutSet, diagnostics } = await loadLayoutSet(app());
    expect(diagnostics).toEqual([]);
    expect(layoutSet?.pageOrder).toEqual(['first', 'second']);
    expect(layoutSet?.layouts.second.data.layout[0].id).toBe('email');
    expect(layoutSet?.layoutFiles.first).toBe('App/ui/form/layouts/first.json');
    expect(layoutSet?.texts.nb).toEqual([{ id: 'a', value: 'A' }]);
    expect(layoutSet?.options.colours[0].label).toBe('Rød');
    expect(layoutSet?.dataModelSchemas.model).toMatchObject({ type: 'object' });
    expect(layoutSet?.tasks).toEqual(['Task_1']);
  });

  it('reads the expression validations beside the data-model schema', async () => {
    const validation = {
      validations: {
        'person.name': [
          { message: 'too.short', condition: ['lessThan', ['stringLength', ['dataModel', ['argv', 0]]], 2] },
        ],
      },
    };
    const { layoutSet, diagnostics } = await loadLayoutSet(app({ 'App/models/model.validation.json': validation }), {
      schemas: await altinnSchemaChecker(),
    });
    expect(diagnostics).toEqual([]);
    expect(layoutSet?.validationConfigs?.model).toEqual(validation);
  });

  it('takes the page order from pages.groups', async () => {
    const { layoutSet } = await loadLayoutSet(
      app({
        'App/ui/form/Settings.json': { pages: { groups: [{ order: ['second'] }, { name: 'g', order: ['first'] }] } },
      }),
    );
    expect(layoutSet?.pageOrder).toEqual(['second', 'first']);
  });

  it('names the file and the JSON pointer of a schema violation in a broken layout, with the component id', async () => {
    const broken = page(input('name', 'person.name'), {
      id: 'email',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'person.email' },
      colour: 'red',
    });
    const { layoutSet, diagnostics } = await loadLayoutSet(app({ 'App/ui/form/layouts/second.json': broken }), {
      schemas: await altinnSchemaChecker(),
    });
    // An unknown property renders (it is ignored), so it is a warning.
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'schema',
        file: 'App/ui/form/layouts/second.json',
        pointer: '/data/layout/1/colour',
        componentId: 'email',
      }),
    );
    // The rest of the form still loads.
    expect(layoutSet?.pageOrder).toEqual(['first', 'second']);
  });

  it('takes an empty dataModelBindings as none: fine for uploads, still missing where a binding is required', async () => {
    const upload = { maxFileSizeInMB: 5, maxNumberOfAttachments: 2, minNumberOfAttachments: 0, dataModelBindings: {} };
    const layout = page(
      { id: 'files', type: 'FileUpload', displayMode: 'list', ...upload },
      { id: 'tagged', type: 'FileUploadWithTag', displayMode: 'list', optionsId: 'colours', ...upload },
      { id: 'name', type: 'Input', dataModelBindings: {} },
    );
    const { diagnostics } = await loadLayoutSet(app({ 'App/ui/form/layouts/first.json': layout }), {
      schemas: await altinnSchemaChecker(),
    });
    expect(diagnostics.map(({ severity, componentId, message }) => ({ severity, componentId, message }))).toEqual([
      { severity: 'error', componentId: 'name', message: 'Missing required property "dataModelBindings"' },
    ]);
  });

  it('reports a JSON syntax error with its line and keeps the other pages', async () => {
    const { layoutSet, diagnostics } = await loadLayoutSet(
      app({ 'App/ui/form/layouts/second.json': '{\n  "data": {\n    "layout": [,]\n  }\n}' }),
    );
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'json-syntax',
        file: 'App/ui/form/layouts/second.json',
        message: expect.stringMatching(/line 3/),
      }),
    );
    expect(layoutSet?.pageOrder).toEqual(['first']);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'page-order', pointer: '/pages/order/1' }));
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    const { layoutSet, diagnostics } = await loadLayoutSet(
      app({ 'App/ui/form/layouts/first.json': `\ufeff${JSON.stringify(page(input('name', 'person.name')))}` }),
    );
    expect(diagnostics).toEqual([]);
    expect(layoutSet?.layouts.first).toBeDefined();
  });

  it('leaves out a component without id or type, locating it', async () => {
    const { layoutSet, diagnostics } = await loadLayoutSet(
      app({ 'App/ui/form/layouts/first.json': page({ type: 'Input' }, input('name', 'person.name')) }),
    );
    expect(layoutSet?.layouts.first.data.layout.map((c) => c.id)).toEqual(['name']);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'layout-shape', pointer: '/data/layout/0' }));
  });

  it('explains an unknown layout set id', async () => {
    const { layoutSet, diagnostics } = await loadLayoutSet(app(), { layoutSetId: 'nope' });
    expect(layoutSet).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({
      code: 'layout-set',
      file: 'App/ui/layout-sets.json',
      message: expect.stringContaining('known: form'),
    });
  });

  it('falls back to alphabetical page order without Settings.json, and says so', async () => {
    const { layoutSet, diagnostics } = await loadLayoutSet(app({ 'App/ui/form/Settings.json': undefined }));
    expect(layoutSet?.pageOrder).toEqual(['first', 'second']);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'page-order', file: 'App/ui/form/Settings.json' }),
    );
  });
});
