import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataModelStore } from '../../src/core/data/store.ts';
import { countListenerCalls } from './support/countListenerCalls.ts';
import type { RawComponent, TextResource } from '../../src/core/index.ts';
import { nb, renderForm } from './support/renderForm.tsx';

/*
 * What a keystroke costs the rest of a large form, counted: every data listener called, and every
 * text resolved again. Each field listens at its own path, so typing in one reaches a handful of
 * listeners, however many fields the form has (docs/performance.md, flat-1000).
 */

function inputs(count: number): RawComponent[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `field-${index}`,
    type: 'Input',
    dataModelBindings: { simpleBinding: `fields.f${index}` },
    textResourceBindings: { title: 'field.title' },
  }));
}

/** Data listeners called by one keystroke into the middle field of a form of `count` Inputs. */
function listenerCallsPerKey(count: number): number {
  const listeners = countListenerCalls();
  const { unmount } = renderForm(inputs(count), { texts: { nb: nb({ 'field.title': 'Felt' }) } });
  const middle = screen.getAllByRole('textbox')[Math.floor(count / 2)];
  const before = listeners.calls();
  fireEvent.change(middle, { target: { value: 'a' } });
  const calls = listeners.calls() - before;
  expect(middle).toHaveValue('a');
  unmount();
  vi.restoreAllMocks();
  return calls;
}

afterEach(() => vi.restoreAllMocks());

describe('typing in a large form', () => {
  it('calls a handful of data listeners, as many in a thousand-field form as in a ten-field one', () => {
    const small = listenerCallsPerKey(10);
    const large = listenerCallsPerKey(1000);
    // Four: the session, the tree, the validator and the field itself. Before, every field heard
    // every write: its value and its prefill note, ~2,000 calls a key.
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(5);
  });

  it("resolves no field's text again when the data its text reads is not written", () => {
    // Each title reads a name of its own; the name of field 3 has its own input.
    const texts: TextResource[] = [
      ...Array.from({ length: 20 }, (_, index) => ({
        id: `title.${index}`,
        value: 'Felt {0}',
        variables: [{ key: `names.n${index}`, dataSource: 'dataModel.default', defaultValue: `${index}` }],
      })),
      { id: 'name.title', value: 'Navn 3' },
    ];
    const fields: RawComponent[] = [
      ...inputs(20).map((field, index) => ({ ...field, textResourceBindings: { title: `title.${index}` } })),
      {
        id: 'name-3',
        type: 'Input',
        dataModelBindings: { simpleBinding: 'names.n3' },
        textResourceBindings: { title: 'name.title' },
      },
    ];
    renderForm(fields, { texts: { nb: texts } });
    const reads = vi.spyOn(DataModelStore.prototype, 'get');
    // The titles that read a name, other than the field's own: the field typed in renders again.
    const otherTitlesRead = (own: string) =>
      reads.mock.calls.filter(([path]) => path.startsWith('names.') && path !== own);

    fireEvent.change(screen.getByRole('textbox', { name: 'Felt 5' }), { target: { value: 'x' } });
    expect(otherTitlesRead('names.n5')).toEqual([]);
    reads.mockClear();

    fireEvent.change(screen.getByRole('textbox', { name: 'Navn 3' }), { target: { value: 'Kari' } });
    expect(screen.getByRole('textbox', { name: 'Felt Kari' })).toBeInTheDocument();
    expect(otherTitlesRead('names.n3')).toEqual([]);
  });
});
