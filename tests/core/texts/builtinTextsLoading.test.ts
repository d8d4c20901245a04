import { describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/core/texts/builtin/en.ts';
import { nb } from '../../../src/core/texts/builtin/nb.ts';

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
});
