import { describe, expect, it } from 'vitest';
import { loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../src/core/app/source.ts';
import { lintLayoutSet } from '../../src/cli/lint/lintLayoutSet.ts';

async function lint(files: Record<string, unknown>) {
  const { layoutSet } = await loadLayoutSet(
    objectSource({
      'App/config/applicationmetadata.json': {
        id: 'org/app',
        dataTypes: [{ id: 'model', appLogic: { classRef: 'M' } }],
      },
      'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] },
      'App/ui/form/Settings.json': { pages: { order: ['p'] } },
      'App/ui/form/layouts/p.json': {
        data: { layout: [{ id: 'email', type: 'Input', dataModelBindings: { simpleBinding: 'person.email' } }] },
      },
      'App/models/model.schema.json': {
        type: 'object',
        properties: { person: { type: 'object', properties: { email: { type: 'string' } } } },
      },
      ...files,
    }),
  );
  return lintLayoutSet(layoutSet!);
}

describe('lintLayoutSet', () => {
  it('finds nothing in a sound layout set', async () => {
    expect(await lint({})).toEqual([]);
  });

  it('reports expression validations it drops and conditions that are no expressions, where they are written', async () => {
    const diagnostics = await lint({
      'App/models/model.validation.json': {
        definitions: { hasAt: { message: 'Needs @', condition: ['notAFunction', ['argv', 0]] } },
        validations: {
          'person.email': [
            { ref: 'missing' },
            { message: 'Too long', condition: ['greaterThan', ['stringLength', ['dataModel', ['argv', 0]]], 'x', 'y'] },
          ],
        },
      },
    });
    const found = diagnostics.map(({ severity, code, file, pointer }) => ({ severity, code, file, pointer }));
    expect(found).toContainEqual({
      severity: 'warning',
      code: 'validation-config',
      file: 'App/models/model.validation.json',
      pointer: undefined,
    });
    expect(found).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'expression', pointer: '/definitions/hasAt/condition' }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'expression',
        pointer: expect.stringMatching(/^\/validations\/person\.email\/1\/condition/),
      }),
    );
    expect(diagnostics.find((d) => d.code === 'validation-config')?.message).toContain('unknown definition "missing"');
  });

  it('warns about a binding the data model lacks, and checks none against a placeholder model', async () => {
    const wrong = {
      data: { layout: [{ id: 'phone', type: 'Input', dataModelBindings: { simpleBinding: 'person.phone' } }] },
    };
    expect(await lint({ 'App/ui/form/layouts/p.json': wrong })).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'binding',
        componentId: 'phone',
        pointer: '/data/layout/0/dataModelBindings/simpleBinding',
      }),
    ]);
    const placeholder = await lint({
      'App/ui/form/layouts/p.json': wrong,
      'App/models/model.schema.json': { $comment: 'TODO' },
    });
    expect(placeholder.map((d) => d.code)).toEqual(['data-model']);
  });

  it('warns about a page outside the order, but not about the PDF page', async () => {
    const other = { data: { layout: [{ id: 'intro', type: 'Paragraph' }] } };
    const diagnostics = await lint({
      'App/ui/form/layouts/draft.json': other,
      'App/ui/form/layouts/print.json': { data: { layout: [{ id: 'print-intro', type: 'Paragraph' }] } },
      'App/ui/form/Settings.json': { pages: { order: ['p'], pdfLayoutName: 'print' } },
    });
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([['page-order', 'App/ui/form/layouts/draft.json']]);
  });

  it('warns about a text key in no language or only some, leaving literal texts and built-in keys alone', async () => {
    const paragraph = (id: string, title: string) => ({ id, type: 'Paragraph', textResourceBindings: { title } });
    const layout = {
      data: {
        layout: [
          paragraph('keyed', 'intro.title'),
          paragraph('hyphened', 'intro-short'),
          paragraph('partly', 'intro.body'),
          paragraph('literal', 'Velkommen'),
          paragraph('sentence', 'Fyll ut skjemaet.'),
          paragraph('word', 'E-post'),
          paragraph('builtin', 'confirm.button_text'),
        ],
      },
    };
    const texts = {
      'App/config/texts/resource.nb.json': { language: 'nb', resources: [{ id: 'intro.body', value: 'Tekst' }] },
      'App/config/texts/resource.en.json': { language: 'en', resources: [] },
    };
    const found = (await lint({ 'App/ui/form/layouts/p.json': layout, ...texts })).map(
      ({ code, pointer, componentId, message }) => ({ code, pointer, componentId, message }),
    );
    expect(found).toEqual([
      {
        code: 'text-missing',
        pointer: '/data/layout/0/textResourceBindings/title',
        componentId: 'keyed',
        message: 'Text "intro.title" is in no language (en, nb), so the page shows "intro.title" as it is.',
      },
      expect.objectContaining({ componentId: 'hyphened', message: expect.stringContaining('"intro-short" is in no') }),
      expect.objectContaining({
        componentId: 'partly',
        message: 'Text "intro.body" is missing in en (present in nb).',
      }),
    ]);
    // Without text files every binding is in no language, which says nothing.
    expect(await lint({ 'App/ui/form/layouts/p.json': layout })).toEqual([]);
  });
});

describe('lintLayoutSet: expressions of the app format', () => {
  // A page using v9 functions, and a Text whose value would be a list.
  const page = {
    data: {
      layout: [
        { id: 'email', type: 'Input', dataModelBindings: { simpleBinding: 'person.email' } },
        {
          id: 'total',
          type: 'Paragraph',
          hidden: ['lessThan', ['count', ['dataModel', 'person.orders']], 1],
          textResourceBindings: { title: ['concat', 'Sum: ', ['sum', ['list', 1, 2]]] },
        },
        { id: 'all', type: 'Text', value: ['list', 'a'] },
        { id: 'n', type: 'Number', value: ['sum', ['list', 1]] },
      ],
    },
  };
  const v9App = {
    'App/ui/layout-sets.json': undefined,
    'App/ui/Task_1/Settings.json': { defaultDataType: 'model', pages: { order: ['p'] } },
    'App/ui/Task_1/layouts/p.json': page,
  };
  const messages = (diagnostics: Awaited<ReturnType<typeof lint>>) =>
    diagnostics.filter((d) => d.code === 'expression').map((d) => `${d.componentId} ${d.pointer} ${d.message}`);

  it('accepts the v9 functions in a v9 app, and catches a list where a text is shown', async () => {
    expect(messages(await lint(v9App))).toEqual([
      'all /data/layout/2/value Invalid expression: Expected expression to return string, got list',
    ]);
  });

  it('reports the v9 functions in a v8 app, which the v8 frontend does not have', async () => {
    expect(messages(await lint({ 'App/ui/form/layouts/p.json': page }))).toEqual([
      'total /data/layout/1/hidden/1 Invalid expression: Function "count" not implemented in v8 apps (it is new in v9)',
      'total /data/layout/1/textResourceBindings/title/2 Invalid expression: Function "sum" not implemented in v8 apps (it is new in v9)',
      'all /data/layout/2/value Invalid expression: Function "list" not implemented in v8 apps (it is new in v9)',
      'n /data/layout/3/value Invalid expression: Function "sum" not implemented in v8 apps (it is new in v9)',
    ]);
  });
});
