import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { RawComponent } from '../../src/core/index.ts';
import type { SkjemaFormProps } from '../../src/react/SkjemaForm.tsx';
import { nb, renderForm } from './support/renderForm.tsx';

/*
 * Issue 12, finding 6: data the form was given that does not fit the schema was changed or lost
 * without the user's doing. It must be kept as it was (and reported), and an edit that cannot be
 * placed must not pretend to be stored.
 */

type SaveHandler = NonNullable<SkjemaFormProps['onSaveData']>;

const schema = {
  type: 'object',
  properties: {
    count: { type: 'string' },
    kind: { type: 'string', enum: ['a', 'b'] },
    category: { type: 'string' },
    other: { type: 'string' },
    event: { type: 'object', properties: { name: { type: 'string' } } },
  },
};

const texts = {
  nb: nb({
    'count.title': 'Antall',
    'kind.title': 'Type',
    'category.title': 'Kategori',
    'other.title': 'Annet',
    'event.title': 'Navn på arrangementet',
  }),
};

const field = (id: string, path: string): RawComponent => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: path },
  textResourceBindings: { title: `${id}.title` },
});

const page1: RawComponent[] = [
  field('count', 'count'),
  {
    id: 'kind',
    type: 'RadioButtons',
    dataModelBindings: { simpleBinding: 'kind' },
    textResourceBindings: { title: 'kind.title' },
    options: [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ],
  },
  field('other', 'other'),
  {
    id: 'event',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'event.name' },
    textResourceBindings: { title: 'event.title' },
  },
  { id: 'nav', type: 'NavigationButtons' },
  { id: 'submit', type: 'Button' },
];

// Options shown only after the page change: the value the user never touched must survive them.
const page2: RawComponent[] = [
  {
    id: 'category',
    type: 'Dropdown',
    dataModelBindings: { simpleBinding: 'category' },
    textResourceBindings: { title: 'category.title' },
    options: [
      { value: 'concert', label: 'Konsert' },
      { value: 'market', label: 'Marked' },
    ],
  },
];

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

function renderWith(initialData: unknown) {
  const onSaveData = vi.fn<SaveHandler>();
  const rendered = renderForm([], { texts, schema, pages: { page1, page2 }, onSaveData, initialData });
  const saved = () => onSaveData.mock.calls.map(([models]) => models.find((m) => m.dataType === 'model')?.data);
  return { ...rendered, onSaveData, saved };
}

const textbox = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });
/** The messages shown under a component (a warning is not part of the field's description). */
const messagesOf = (id: string) => document.getElementById(`${id}-messages`)?.textContent;
const nextPage = () => screen.getByRole('button', { name: 'Neste' });
/** The quiet period of a typing field (400 ms) and a little more, in real time. */
const quietPeriod = () => act(() => new Promise((resolve) => setTimeout(resolve, 500)));

describe('data the form was given that does not fit the schema', () => {
  it('keeps a number where the schema wants text and a boolean where it wants an enum string, through a save and a page change', async () => {
    const { user, saved } = renderWith({ count: 42, kind: true, category: 7, extra: [1, { x: null }] });
    // The number shows as text, untouched.
    expect(textbox('Antall')).toHaveValue('42');

    await user.type(textbox('Annet'), 'x');
    await quietPeriod();
    expect(saved()).toEqual([{ count: 42, kind: true, category: 7, extra: [1, { x: null }], other: 'x' }]);

    await user.click(nextPage());
    expect(await screen.findByRole('combobox', { name: 'Kategori' })).toBeInTheDocument();
    await quietPeriod();
    // Whatever was saved since, the given values are in it unchanged.
    for (const model of saved())
      expect(model).toEqual({ count: 42, kind: true, category: 7, extra: [1, { x: null }], other: 'x' });
  });

  it('tells the developer where, with what was expected and what was found', () => {
    renderWith({ count: 42, kind: true });
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0][0]);
    expect(message).toContain('model /count: expected string, found integer 42');
    expect(message).toContain('model /kind: expected one of "a", "b", found boolean true');
  });

  it('replaces such a value only when the user edits it', async () => {
    const { user, saved } = renderWith({ count: 42, kind: true });
    await user.click(screen.getByRole('radio', { name: 'B' }));
    await user.clear(textbox('Antall'));
    await user.type(textbox('Antall'), '43');
    await quietPeriod();
    expect(saved().at(-1)).toEqual({ count: '43', kind: 'b' });
  });

  it('does not pretend to store typing into event.name when event is a list: the field shows what is saved and says why', async () => {
    const { user, saved, onSaveData } = renderWith({ event: ['a', 'b'] });
    const name = textbox('Navn på arrangementet');
    await user.type(name, 'Bryggejazz');
    expect(name).toHaveValue('');
    expect(messagesOf('event')).toBe(
      'Dette feltet kan ikke lagres, fordi de lagrede dataene her har en annen form enn skjemaet venter.',
    );

    // Typing elsewhere saves, with the list as it was.
    await user.type(textbox('Annet'), 'x');
    await quietPeriod();
    await user.click(nextPage());
    await waitFor(() => expect(onSaveData).toHaveBeenCalled());
    for (const model of saved()) expect(model).toEqual({ event: ['a', 'b'], other: 'x' });
  });

  it("submits the given values as they were, with the user's edit", async () => {
    const { user, submitted } = renderWith({ count: 42, category: 7, extra: [1] });
    await user.type(textbox('Annet'), 'x');
    expect(await submitted()).toEqual({ count: 42, category: 7, extra: [1], other: 'x' });
  });

  it('submits the stored data as it was while a field cannot be saved there, and says so on the field', async () => {
    const { user, submitted } = renderWith({ event: 'Bryggejazz' });
    const name = textbox('Navn på arrangementet');
    await user.type(name, 'x');
    expect(name).toHaveValue('');
    expect(messagesOf('event')).toBe(
      'Dette feltet kan ikke lagres, fordi de lagrede dataene her har en annen form enn skjemaet venter.',
    );
    expect(await submitted()).toEqual({ event: 'Bryggejazz' });
  });

  it.each([
    ['a list', ['a', 'b']],
    ['null', null],
    ['a string', 'skjema'],
  ])('keeps a root that is %s: the first edit does not replace it', async (_name, root) => {
    const { user, onSaveData } = renderWith(root);
    const other = textbox('Annet');
    await user.type(other, 'x');
    expect(other).toHaveValue('');
    expect(messagesOf('other')).toBe(
      'Dette feltet kan ikke lagres, fordi de lagrede dataene her har en annen form enn skjemaet venter.',
    );
    await quietPeriod();
    await user.click(nextPage());
    await quietPeriod();
    expect(onSaveData).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('model (root): expected object'));
  });
});
