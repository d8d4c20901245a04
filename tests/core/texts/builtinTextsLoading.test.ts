import { describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/core/texts/builtin/en.ts';
import { nb } from '../../../src/core/texts/builtin/nb.ts';
import { nb as uploadsNb } from '../../../src/core/texts/builtin/uploads/nb.ts';

const app = {
  'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model' }] },
  'App/ui/form/Settings.json': { pages: { order: ['page'] } },
  'App/ui/form/layouts/page.json': {
    data: { layout: [{ id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'name' } }] },
  },
  'App/models/model.schema.json': { type: 'object', properties: { name: { type: 'string' } } },
  'App/config/texts/resource.nb.json': { language: 'nb', resources: [{ id: 'name.title', value: 'Navn' }] },
};

// Fresh module instances: the test setup loaded every language into the shared ones.
async function freshCore() {
  vi.resetModules();
  return import('../../../src/core/index.ts');
}

describe("skjema's own texts, loaded per language (issue 14)", () => {
  it("loadLayoutSet loads those of the app's languages only; another language shows keys until loaded", async () => {
    const { createFormSession, loadBuiltinTexts, loadLayoutSet, objectSource } = await freshCore();
    const { layoutSet } = await loadLayoutSet(objectSource(app), { precompiledValidators: { model: () => true } });
    const { engine } = createFormSession({ layoutSet: layoutSet!, language: 'nb' });

    expect(engine.texts('nb').resolve('navigation.next')).toBe(nb['navigation.next']);
    expect(engine.texts('en').resolve('navigation.next')).toBe('navigation.next');

    await loadBuiltinTexts('en');
    expect(engine.texts('en').resolve('navigation.next')).toBe(en['navigation.next']);
  });

  it('gives a language skjema has no texts in the English ones', async () => {
    const { loadBuiltinTexts } = await freshCore();
    expect((await loadBuiltinTexts('de'))['navigation.next']).toBe(en['navigation.next']);
  });

  it('loads the texts of a component type few forms have only for an app with that type', async () => {
    const { createFormSession, loadLayoutSet, objectSource } = await freshCore();
    const { loadedBuiltinTexts } = await import('../../../src/core/texts/builtin/builtinTextsLoader.ts');
    await loadLayoutSet(objectSource(app), { precompiledValidators: { model: () => true } });
    expect(loadedBuiltinTexts('nb')).toEqual(nb);
    expect(loadedBuiltinTexts('nb')).not.toHaveProperty('file_uploader.choose');

    const upload = { id: 'files', type: 'FileUpload', maxNumberOfAttachments: 2 };
    const withUpload = {
      ...app,
      'App/ui/form/layouts/page.json': {
        data: { layout: [...app['App/ui/form/layouts/page.json'].data.layout, upload] },
      },
    };
    const loaded = await loadLayoutSet(objectSource(withUpload), { precompiledValidators: { model: () => true } });
    const { engine } = createFormSession({ layoutSet: loaded.layoutSet!, language: 'nb' });
    expect(engine.texts('nb').resolve('file_uploader.choose')).toBe(uploadsNb['file_uploader.choose']);
    expect(engine.texts('nb').resolve('navigation.next')).toBe(nb['navigation.next']);
    // The merged texts are made once, not on every lookup.
    expect(loadedBuiltinTexts('nb')).toBe(loadedBuiltinTexts('nb'));
  });

  it('loads a part once a form asked for it in every language loaded later, for a switch of language', async () => {
    const { loadBuiltinTexts } = await freshCore();
    const { en: uploadsEn } = await import('../../../src/core/texts/builtin/uploads/en.ts');
    await loadBuiltinTexts('nb', ['fileupload']);
    expect((await loadBuiltinTexts('en'))['file_uploader.choose']).toBe(uploadsEn['file_uploader.choose']);
  });
});
