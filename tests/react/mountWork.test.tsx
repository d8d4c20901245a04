import { screen } from '@testing-library/react';
import * as react from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../src/core/index.ts';
import { FormEngine } from '../../src/core/form/formEngine.ts';
import { nb, renderForm } from './support/renderForm.tsx';

/*
 * What one field costs to mount, counted: a form of a thousand fields pays it a thousand times
 * (docs/performance.md, flat-1000). Each subscription is a `useSyncExternalStore` with its
 * effects and closures held for as long as the field is on screen.
 */
vi.mock('react', async (importOriginal) => {
  const actual = await importOriginal<typeof react>();
  return { ...actual, useSyncExternalStore: vi.fn(actual.useSyncExternalStore) };
});

const PER_FIELD = 7;

const TEXTS = ['title', 'description', 'help', 'tableTitle', 'shortName', 'summaryTitle', 'prefix', 'suffix'];

function input(withTexts: readonly string[]): RawComponent {
  return {
    id: 'field',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'field' },
    textResourceBindings: Object.fromEntries(withTexts.map((binding) => [binding, `field.${binding}`])),
  };
}

/** Subscriptions to the field's node while mounting an Input with these texts. */
function nodeSubscriptions(withTexts: readonly string[]): number {
  const subscribeNode = vi.spyOn(FormEngine.prototype, 'subscribeNode');
  const { unmount } = renderForm([input(withTexts)], {
    texts: { nb: nb(Object.fromEntries(withTexts.map((binding) => [`field.${binding}`, `Felt ${binding}`]))) },
  });
  expect(screen.getByRole('textbox')).toBeInTheDocument();
  const count = subscribeNode.mock.calls.filter(([nodeId]) => nodeId === 'field').length;
  unmount();
  subscribeNode.mockRestore();
  return count;
}

/** `useSyncExternalStore` calls while mounting a form of `count` Inputs with a title each. */
function storeSubscriptions(count: number): number {
  const useSyncExternalStore = vi.mocked(react.useSyncExternalStore);
  const fields = Array.from({ length: count }, (_, index) => ({
    ...input(['title']),
    id: `field-${index}`,
    dataModelBindings: { simpleBinding: `fields.f${index}` },
  }));
  const { unmount } = renderForm(fields, { texts: { nb: nb({ 'field.title': 'Felt' }) } });
  useSyncExternalStore.mockClear();
  unmount();
  const mount = renderForm(fields, { texts: { nb: nb({ 'field.title': 'Felt' }) } });
  expect(screen.getAllByRole('textbox')).toHaveLength(count);
  const calls = useSyncExternalStore.mock.calls.length;
  mount.unmount();
  return calls;
}

afterEach(() => vi.clearAllMocks());

describe('mounting a field', () => {
  it('subscribes to its node as often with eight texts as with a title alone', () => {
    const titleOnly = nodeSubscriptions(['title']);
    const allTexts = nodeSubscriptions(TEXTS);
    expect(allTexts).toBe(titleOnly);
  });

  it('subscribes to its node a handful of times, not once per text it may show', () => {
    // The node component and the Input (hidden, required, read-only), and all the field's texts:
    // one each. Before issue 14 it was ten, one per text it might show and two more.
    expect(nodeSubscriptions(TEXTS)).toBeLessThanOrEqual(3);
  });

  it('holds few store subscriptions per field', () => {
    const perField = (storeSubscriptions(21) - storeSubscriptions(1)) / 20;
    // Each is a hook with two effects and its closures, kept while the field is shown. Before
    // issue 14 an Input with a title held 25: two per text it might show.
    expect(perField).toBeLessThanOrEqual(PER_FIELD);
  });
});
