import { describe, expect, it, vi } from 'vitest';
import type { LoadedLayoutSet } from '../../../src/core/index.ts';

const app = (files: Record<string, string> = {}) => ({
  'App/ui/layout-sets.json': JSON.stringify({ sets: [{ id: 'form', dataType: 'model' }] }),
  'App/ui/form/Settings.json': JSON.stringify({ pages: { order: ['page'] } }),
  'App/ui/form/layouts/page.json': JSON.stringify({
    data: { layout: [{ id: 'email', type: 'Input', dataModelBindings: { simpleBinding: 'email' } }] },
  }),
  'App/models/model.schema.json': JSON.stringify({ type: 'object', properties: { email: { type: 'string' } } }),
  ...files,
});
const validation = {
  validations: { email: [{ message: 'email.invalid', condition: ['not', ['contains', ['dataModel', 'email'], '@']] }] },
};

// Fresh module instances: the part the test setup loaded is not loaded in these.
async function freshEngine() {
  vi.resetModules();
  const { loadLayoutSet, objectSource } = await import('../../../src/core/index.ts');
  const { createFormEngine } = await import('../../../src/core/form/index.ts');
  const { createFormValidator } = await import('../../../src/core/validation/index.ts');
  const load = async (files: Record<string, string>) => {
    const { layoutSet } = await loadLayoutSet(objectSource(app(files)));
    if (!layoutSet) throw new Error('the app did not load');
    return layoutSet;
  };
  const validate = (layoutSet: LoadedLayoutSet) =>
    createFormValidator(createFormEngine({ layoutSet, initialData: { email: 'x' }, language: 'nb' }), {});
  return { load, validate };
}

describe('expression validations, loaded for the apps that have validation files (issue 14)', () => {
  it('are loaded by loadLayoutSet for an app with a validation.json, so the form checks them from the start', async () => {
    const { load, validate } = await freshEngine();
    const layoutSet = await load({ 'App/models/model.validation.json': JSON.stringify(validation) });
    const validator = validate(layoutSet);
    expect(validator.allIssuesFor('email').map((issue) => issue.textKey)).toEqual(['email.invalid']);
    expect(validator.validateAll().unchecked).toBeUndefined();
  });

  it('keep a form built before they load from submitting, then run as soon as they are there', async () => {
    const { load, validate } = await freshEngine();
    // An app without validation files does not load them; rules added to it by hand find them missing.
    const layoutSet = await load({});
    const validator = validate({ ...layoutSet, validationConfigs: { model: validation } });
    const early = validator.validateAll();
    expect(early.ok).toBe(false);
    expect(early.unchecked?.map((issue) => issue.textKey)).toEqual(['validation_errors.schema_unavailable']);
    await vi.waitFor(() =>
      expect(validator.allIssuesFor('email').map((issue) => issue.textKey)).toEqual(['email.invalid']),
    );
    expect(validator.validateAll().unchecked).toBeUndefined();
  });
});
