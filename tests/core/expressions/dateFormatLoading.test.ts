import { describe, expect, it, vi } from 'vitest';

const app = (layout: unknown[]) => ({
  'App/ui/layout-sets.json': JSON.stringify({ sets: [{ id: 'form', dataType: 'model' }] }),
  'App/ui/form/Settings.json': JSON.stringify({ pages: { order: ['page'] } }),
  'App/ui/form/layouts/page.json': JSON.stringify({ data: { layout } }),
  'App/models/model.schema.json': JSON.stringify({ type: 'object', properties: { when: { type: 'string' } } }),
});
const field = { id: 'when', type: 'Input', dataModelBindings: { simpleBinding: 'when' } };
const note = {
  id: 'note',
  type: 'Paragraph',
  textResourceBindings: { title: ['concat', 'Sent ', ['formatDate', ['dataModel', 'when'], 'd. MMMM yyyy']] },
};

// Fresh module instances: the formatter the test setup loaded is not loaded in these.
async function freshEngine() {
  vi.resetModules();
  const { loadLayoutSet, objectSource } = await import('../../../src/core/index.ts');
  const { evaluateExpression } = await import('../../../src/core/expressions/index.ts');
  const formatDate = (date: string) =>
    evaluateExpression(
      ['formatDate', date, 'd. MMMM yyyy'],
      { language: () => 'nb' },
      { expected: 'string', defaultValue: null },
    );
  return { loadLayoutSet, objectSource, formatDate };
}

describe('the date formatter of formatDate, loaded for the apps that call it (issue 14)', () => {
  it('is loaded by loadLayoutSet for an app whose expressions call formatDate', async () => {
    const { loadLayoutSet, objectSource, formatDate } = await freshEngine();
    await loadLayoutSet(objectSource(app([field, note])));
    expect(formatDate('2023-03-04')).toEqual({ value: '4. mars 2023' });
  });

  it('is not loaded for an app that does not, and says so if an expression built by hand calls it', async () => {
    const { loadLayoutSet, objectSource, formatDate } = await freshEngine();
    await loadLayoutSet(objectSource(app([field])));
    const early = formatDate('2023-03-04');
    expect(early.value).toBeNull();
    expect(early.error?.message).toMatch(/not loaded yet/);
    // The failed call started the load: a later evaluation has it.
    await vi.waitFor(() => expect(formatDate('2023-03-04')).toEqual({ value: '4. mars 2023' }));
  });
});
