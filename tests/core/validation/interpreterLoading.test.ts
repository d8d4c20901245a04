import { describe, expect, it, vi } from 'vitest';
import type { LoadedLayoutSet } from '../../../src/core/index.ts';

const layoutSet = (): LoadedLayoutSet => ({
  id: 'form',
  dataType: 'model',
  pageOrder: ['first'],
  layouts: {
    first: { data: { layout: [{ id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'name' } }] } },
  },
  layoutFiles: {},
  settings: {},
  dataModelSchemas: { model: { type: 'object', properties: { name: { type: 'string', maxLength: 3 } } } },
  texts: { nb: [] },
  options: {},
});

// Fresh module instances: the interpreter the test setup loaded is not loaded in these.
async function freshEngine() {
  vi.resetModules();
  const { createFormSession } = await import('../../../src/core/session/index.ts');
  const { loadSchemaInterpreter } = await import('../../../src/core/validation/schema/interpreterLoader.ts');
  return { createFormSession, loadSchemaInterpreter };
}

describe('a form whose schema interpreter is still loading (issue 14)', () => {
  it('cannot submit the model unchecked, and checks it once the interpreter has loaded', async () => {
    const { createFormSession, loadSchemaInterpreter } = await freshEngine();
    const onSubmit = vi.fn();
    const session = createFormSession({ layoutSet: layoutSet(), initialData: { name: 'Kari' }, onSubmit });
    const changes = vi.fn();
    session.validator.subscribe(changes);

    const early = session.submit();
    expect(early.ok).toBe(false);
    expect(session.validator.taskIssues().map((issue) => issue.textKey)).toEqual([
      'validation_errors.schema_unavailable',
    ]);

    await loadSchemaInterpreter();
    await vi.waitFor(() => expect(changes).toHaveBeenCalled());
    expect(session.validator.taskIssues()).toEqual([]);
    const later = session.submit();
    expect(later.ok).toBe(false);
    expect(later.blocking.map((issue) => [issue.field, issue.textKey])).toEqual([
      ['name', 'validation_errors.maxLength'],
    ]);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('finds what a form built with the interpreter loaded finds', async () => {
    const { createFormSession, loadSchemaInterpreter } = await freshEngine();
    await loadSchemaInterpreter();
    const session = createFormSession({ layoutSet: layoutSet(), initialData: { name: 'Kari' } });
    expect(session.validator.taskIssues()).toEqual([]);
    expect(session.submit().blocking.map((issue) => [issue.field, issue.textKey])).toEqual([
      ['name', 'validation_errors.maxLength'],
    ]);
  });

  it('does not need the interpreter for a model with precompiled validators', async () => {
    vi.resetModules();
    const { loadLayoutSet } = await import('../../../src/core/app/loadLayoutSet.ts');
    const { objectSource } = await import('../../../src/core/app/source.ts');
    const { createFormSession } = await import('../../../src/core/session/index.ts');
    const interpreter = await import('../../../src/core/validation/schema/interpreterLoader.ts');
    const files = {
      'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] },
      'App/ui/form/Settings.json': { pages: { order: ['first'] } },
      'App/ui/form/layouts/first.json': layoutSet().layouts.first,
      'App/models/model.schema.json': layoutSet().dataModelSchemas.model,
    };
    const validate = Object.assign((data: unknown) => (data as { name?: string }).name !== 'Kari', { errors: null });
    const precompiledValidators = { model: { '': validate } };
    const { layoutSet: loaded } = await loadLayoutSet(objectSource(files), { precompiledValidators });
    const session = createFormSession({ layoutSet: loaded!, initialData: { name: 'Ola' }, precompiledValidators });
    expect(session.validator.taskIssues()).toEqual([]);
    expect(session.submit().ok).toBe(true);
    // Asking the interpreter for a model shows whether it was loaded.
    expect(() => interpreter.lazyInterpreterBackend('model', {})).toThrow(interpreter.SchemaInterpreterLoading);
  });

  it('is loaded by loadLayoutSet for a model without precompiled validators', async () => {
    vi.resetModules();
    const { loadLayoutSet } = await import('../../../src/core/app/loadLayoutSet.ts');
    const { objectSource } = await import('../../../src/core/app/source.ts');
    const interpreter = await import('../../../src/core/validation/schema/interpreterLoader.ts');
    const files = {
      'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] },
      'App/ui/form/Settings.json': { pages: { order: ['first'] } },
      'App/ui/form/layouts/first.json': layoutSet().layouts.first,
      'App/models/model.schema.json': layoutSet().dataModelSchemas.model,
    };
    await loadLayoutSet(objectSource(files));
    expect(interpreter.lazyInterpreterBackend('model', { type: 'object' })('')).toBeTypeOf('function');
  });

  it('is loaded by preloadParts for a layout set built by hand, so validateForm checks the model', async () => {
    vi.resetModules();
    const { preloadParts, validateForm } = await import('../../../src/core/index.ts');
    const set = layoutSet();
    expect(validateForm(set, { name: 'Kari' }).taskIssues.map((issue) => issue.textKey)).toEqual([
      'validation_errors.schema_unavailable',
    ]);
    await preloadParts(set);
    const result = validateForm(set, { name: 'Kari' });
    expect(result.taskIssues).toEqual([]);
    expect(result.ok).toBe(false);
  });
});
