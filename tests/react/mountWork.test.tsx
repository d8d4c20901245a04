import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../src/core/index.ts';
import { DataModelStore } from '../../src/core/data/store.ts';
import { FormEngine } from '../../src/core/form/formEngine.ts';
import { createFormSession } from '../../src/core/session/formSession.ts';
import type { FormSession } from '../../src/core/session/types.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../../stories/support/formOf.ts';
import { nb, renderForm } from './support/renderForm.tsx';

/*
 * What one field costs to mount, counted: a form of a thousand fields pays it a thousand times
 * (docs/performance.md, flat-1000). Each subscription is a listener held for as long as the field
 * is on screen, behind a `useSyncExternalStore` with its effects and closures.
 */
// The node component's and the Input's state (node and access rights: 4), the texts (the node: 1),
// the value (the data and the invalid text at its path: 2), validation (the Input's, and the node
// component's for the messages under it: 2). A prefill note listened too, on every field, before
// it was mounted only on prefilled ones.
const PER_FIELD = 9;
const FIBERS_PER_FIELD = 14;

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

/**
 * Listeners registered while mounting a form of `count` Inputs with a title each: to nodes, to
 * validation results, to data paths, to the session's access rights. (The renderers are loaded
 * before the tests, so React's own hooks cannot be counted by mocking them here.)
 */
function storeSubscriptions(count: number): number {
  const fields = Array.from({ length: count }, (_, index) => ({
    ...input(['title']),
    id: `field-${index}`,
    dataModelBindings: { simpleBinding: `fields.f${index}` },
  }));
  const layoutSet = formOf(fields, { texts: { nb: nb({ 'field.title': 'Felt' }) } });
  // A session binds its methods when it is made: the spy must be on its prototype before.
  const sessionPrototype = Object.getPrototypeOf(createFormSession({ layoutSet })) as FormSession;
  const subscribeAccess = vi.spyOn(sessionPrototype, 'subscribeAccess');
  const session = createFormSession({ layoutSet, language: 'nb' });
  const spies = [
    subscribeAccess,
    vi.spyOn(session.engine, 'subscribeNode'),
    vi.spyOn(session.validator, 'subscribeNode'),
    vi.spyOn(DataModelStore.prototype, 'subscribeAt'),
    vi.spyOn(DataModelStore.prototype, 'subscribe'),
  ];
  const { unmount } = render(<SkjemaForm layoutSet={layoutSet} session={session} />);
  expect(screen.getAllByRole('textbox')).toHaveLength(count);
  const calls = spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
  unmount();
  spies.forEach((spy) => spy.mockRestore());
  return calls;
}

/** React components (and host elements: every fiber) mounted for a form of `count` Inputs with a title each. */
function fibers(count: number): number {
  const fields = Array.from({ length: count }, (_, index) => ({
    ...input(['title']),
    id: `field-${index}`,
    dataModelBindings: { simpleBinding: `fields.f${index}` },
  }));
  const { container, unmount } = renderForm(fields, { texts: { nb: nb({ 'field.title': 'Felt' }) } });
  expect(screen.getAllByRole('textbox')).toHaveLength(count);
  // React keeps the root of what it mounted in a container under a key of its own; the tree on
  // screen is its root's `current` one.
  const rootKey = Object.keys(container).find((key) => key.startsWith('__reactContainer$'));
  interface Fiber {
    child: Fiber | null;
    sibling: Fiber | null;
    stateNode: unknown;
  }
  const root = (
    (container as unknown as Record<string, Fiber>)[rootKey ?? '']?.stateNode as { current: Fiber } | undefined
  )?.current;
  expect(root).toBeDefined();
  let total = 0;
  const pending: Fiber[] = root ? [root] : [];
  while (pending.length > 0) {
    const fiber = pending.pop() as Fiber;
    total++;
    if (fiber.child) pending.push(fiber.child);
    if (fiber.sibling) pending.push(fiber.sibling);
  }
  unmount();
  return total;
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

  it('mounts few components per field', () => {
    const perField = (fibers(21) - fibers(1)) / 20;
    // Designsystemet's field, its affixes and its input are 6 of them. The messages under a field
    // are rendered by its node component, not by a component of their own: 15 before.
    expect(perField).toBeLessThanOrEqual(FIBERS_PER_FIELD);
  });

  it('holds few store subscriptions per field', () => {
    const perField = (storeSubscriptions(21) - storeSubscriptions(1)) / 20;
    // Each is a listener behind a hook with two effects and its closures, kept while the field is
    // shown. Before issue 14 an Input with a title held 25 such hooks: two per text it might show.
    expect(perField).toBeLessThanOrEqual(PER_FIELD);
  });
});
