import { describe, expect, it } from 'vitest';
import { listLayoutSets, loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../../src/core/app/source.ts';
import { stripJsonExtensions } from '../../../src/core/app/lenientJson.ts';
import { fileSource } from '../../../src/core/node/fileSource.ts';
import { altinnSchemaChecker, CORPUS_DIR } from '../../support/altinnSchemas.ts';

const metadata = {
  id: 'org/app',
  org: 'org',
  title: { nb: 'App' },
  partyTypesAllowed: { person: true, organisation: false, subUnit: false, bankruptcyEstate: false },
  dataTypes: [{ id: 'model', appLogic: { classRef: 'App.Models.Model' } }],
};
const nav = { id: 'nav', type: 'NavigationButtons' };

describe('app formats', () => {
  it('loads a v9 app: one UI folder per task, defaultDataType, global settings, v9 defaults', async () => {
    const source = objectSource({
      'App/config/applicationmetadata.json': metadata,
      'App/ui/Settings.json': { showProgress: true, showLanguageSelector: true },
      'App/ui/Task_1/Settings.json': { defaultDataType: 'model', pages: { order: ['a'], showLanguageSelector: false } },
      'App/ui/Task_1/layouts/a.json': { data: { layout: [{ id: 'title', type: 'Heading', size: 'L' }, nav] } },
      'App/ui/Task_2/Settings.json': { defaultDataType: 'model', pages: { order: ['b'] } },
      'App/ui/Task_2/layouts/b.json': { data: { layout: [nav] } },
    });
    const { layoutSet, diagnostics } = await loadLayoutSet(source, {
      layoutSetId: 'Task_2',
      schemas: await altinnSchemaChecker(),
    });
    expect(diagnostics).toEqual([]);
    expect(layoutSet).toMatchObject({ id: 'Task_2', appFormat: 'v9', dataType: 'model', pageOrder: ['b'] });
    expect(layoutSet?.settings.pages).toMatchObject({ showProgress: true, showLanguageSelector: true });
    expect(layoutSet?.layouts.b.data.layout[0]).toMatchObject({ showBackButton: true });
    const first = await loadLayoutSet(source, { schemas: await altinnSchemaChecker() });
    // The folder's own value wins over the global one, even when false.
    expect(first.layoutSet?.settings.pages).toMatchObject({ showProgress: true, showLanguageSelector: false });
    expect(first.diagnostics).toEqual([]);
    expect((await listLayoutSets(source)).layoutSets.map((set) => set.id)).toEqual(['Task_1', 'Task_2']);
  });

  it('applies v8 defaults and maps legacy Datepicker formats', async () => {
    const { layoutSet } = await loadLayoutSet(
      objectSource({
        'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model' }] },
        'App/ui/form/Settings.json': { pages: { order: ['a'] } },
        'App/ui/form/layouts/a.json': {
          data: {
            layout: [
              nav,
              { id: 'd', type: 'Datepicker', format: 'DD.MM.YYYY', dataModelBindings: { simpleBinding: 'd' } },
            ],
          },
        },
      }),
    );
    expect(layoutSet?.appFormat).toBe('v8');
    expect(layoutSet?.layouts.a.data.layout).toEqual([
      { ...nav, showBackButton: false },
      expect.objectContaining({ format: 'dd.MM.yyyy', timeStamp: true }),
    ]);
  });

  it('loads the legacy single-set app from App/ui/layouts', async () => {
    const { layoutSet } = await loadLayoutSet(
      objectSource({
        'App/config/applicationmetadata.json': metadata,
        'App/ui/Settings.json': { pages: { order: ['only'] } },
        'App/ui/layouts/only.json': { data: { layout: [nav] } },
      }),
    );
    expect(layoutSet).toMatchObject({ id: 'default', dataType: 'model', pageOrder: ['only'] });
  });

  it('reads an older app’s lower-case settings.json, keeping its page order, and says to rename it', async () => {
    const pages = {
      'App/ui/layouts/b-intro.json': { data: { layout: [nav] } },
      'App/ui/layouts/a-summary.json': { data: { layout: [nav] } },
    };
    const legacy = await loadLayoutSet(
      objectSource({
        'App/config/applicationmetadata.json': metadata,
        'App/ui/settings.json': { pages: { order: ['b-intro', 'a-summary'] } },
        ...pages,
      }),
    );
    // Alphabetical would put a-summary first.
    expect(legacy.layoutSet?.pageOrder).toEqual(['b-intro', 'a-summary']);
    expect(legacy.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'file-name',
        file: 'App/ui/settings.json',
        message: expect.stringMatching(/rename it to "Settings\.json"/),
      }),
    ]);

    const inSet = await loadLayoutSet(
      objectSource({
        'App/config/applicationmetadata.json': metadata,
        'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] },
        'App/ui/form/settings.json': { pages: { order: ['b-intro', 'a-summary'] } },
        'App/ui/form/layouts/b-intro.json': { data: { layout: [nav] } },
        'App/ui/form/layouts/a-summary.json': { data: { layout: [nav] } },
      }),
      { schemas: await altinnSchemaChecker() },
    );
    expect(inSet.layoutSet?.pageOrder).toEqual(['b-intro', 'a-summary']);
    expect(inSet.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'file-name', file: 'App/ui/form/settings.json' }),
    ]);
  });

  it('finds a v9 UI folder by its lower-case settings.json too', async () => {
    const { layoutSet, diagnostics } = await loadLayoutSet(
      objectSource({
        'App/config/applicationmetadata.json': metadata,
        'App/ui/Task_1/settings.json': { defaultDataType: 'model', pages: { order: ['b', 'a'] } },
        'App/ui/Task_1/layouts/a.json': { data: { layout: [nav] } },
        'App/ui/Task_1/layouts/b.json': { data: { layout: [nav] } },
      }),
    );
    expect(layoutSet).toMatchObject({ id: 'Task_1', appFormat: 'v9', pageOrder: ['b', 'a'] });
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([['file-name', 'App/ui/Task_1/settings.json']]);
  });

  it('accepts comments and trailing commas with a warning, and still rejects real syntax errors', async () => {
    const lenient =
      '{\n  // the page\n  "data": { "layout": [ { "id": "nav", "type": "NavigationButtons", }, ], /* done */ },\n}';
    const { layoutSet, diagnostics } = await loadLayoutSet(
      objectSource({
        'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model' }] },
        'App/ui/form/Settings.json': { pages: { order: ['a'] } },
        'App/ui/form/layouts/a.json': lenient,
      }),
    );
    expect(layoutSet?.layouts.a.data.layout[0].id).toBe('nav');
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'json-lenient', file: 'App/ui/form/layouts/a.json' }),
    ]);
    expect(stripJsonExtensions('{"a": "// not a comment, ]"}')).toBeUndefined();
    expect(stripJsonExtensions('[,]')).toBeUndefined();
  });

  it('loads extra data models that bindings and dataModel expressions name', async () => {
    const { layoutSet } = await loadLayoutSet(
      objectSource({
        'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model' }] },
        'App/ui/form/Settings.json': { pages: { order: ['a'] } },
        'App/ui/form/layouts/a.json': {
          data: {
            layout: [
              { id: 'x', type: 'Input', dataModelBindings: { simpleBinding: { dataType: 'extra', field: 'x' } } },
              {
                id: 'y',
                type: 'Input',
                hidden: ['dataModel', 'flag', 'third'],
                dataModelBindings: { simpleBinding: 'y' },
              },
            ],
          },
        },
        'App/models/model.schema.json': { type: 'object' },
        'App/models/extra.schema.json': { type: 'object', properties: { x: { type: 'integer' } } },
        'App/models/third.schema.json': { type: 'object' },
      }),
    );
    expect(Object.keys(layoutSet?.dataModelSchemas ?? {}).sort()).toEqual(['extra', 'model', 'third']);
  });

  it('loads the v9 corpus app frontend-test-v9 with its folders', async () => {
    const source = fileSource(`${CORPUS_DIR}/frontend-test-v9`);
    const { format, layoutSets } = await listLayoutSets(source);
    expect(format).toBe('v9');
    expect(layoutSets.map((set) => set.id)).toContain('Task_1');
    for (const set of layoutSets) {
      const { layoutSet } = await loadLayoutSet(source, { layoutSetId: set.id });
      expect(layoutSet?.pageOrder.length, set.id).toBeGreaterThan(0);
    }
  });
});

describe('data-model roots', () => {
  it('uses the class definition as the model root for XSD-style schemas, and info.rootNode when given', async () => {
    const { modelRootSchema } = await import('../../../src/core/app/modelRoot.ts');
    const { schemaAtPath } = await import('../../../src/core/data/schemaLookup.ts');
    const wrapped = {
      $schema: 'http://json-schema.org/schema#',
      properties: { Message: { $ref: '#/definitions/MessageV1' } },
      definitions: {
        MessageV1: { properties: { Title: { type: 'string' }, Sender: { $ref: '#/definitions/Party' } } },
        Party: { properties: { Name: { type: 'string' } } },
      },
    };
    const root = modelRootSchema(wrapped, 'Altinn.App.Models.MessageV1');
    expect(schemaAtPath(root, 'Sender.Name')).toEqual({ type: 'string' });
    expect(schemaAtPath(root, 'Message')).toBeUndefined();
    // An empty rootNode means the schema's own root, whatever the class is called.
    const modern = { info: { rootNode: '' }, properties: { a: { type: 'string' } }, definitions: { Model: {} } };
    expect(modelRootSchema(modern, 'App.Models.Model')).toBe(modern);
    // A class with no definition of its name: the root stays.
    expect(modelRootSchema(wrapped, 'Altinn.App.Models.Other')).toBe(wrapped);
  });
});
