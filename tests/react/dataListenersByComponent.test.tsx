import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countListenerCalls } from './support/countListenerCalls.ts';
import type { RawComponent, TextResource } from '../../src/core/index.ts';
import { createInMemoryFormServices } from '../../src/core/services/inMemoryFormServices.ts';
import { order } from '../../stories/support/paymentSeed.ts';
import { nb } from './support/renderForm.tsx';
import { renderWithServices } from './support/renderWithServices.tsx';

/*
 * The components that read data beyond one field's binding — a text with variables, a table of an
 * array, a web component's bindings, options from a repeating group, an order's mapped fields, a
 * data list's bindings, the rows of an AddToList — listen where they read, so typing into another
 * field reaches none of them, and a write where they read still shows.
 */

const input = (id: string, path: string, title: string): RawComponent => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: path },
  textResourceBindings: { title },
});

const readers: RawComponent[] = [
  { id: 'greeting', type: 'Grid', rows: [{ cells: [{ text: 'greeting.text' }] }] },
  {
    id: 'fees',
    type: 'SimpleTable',
    title: 'fees.title',
    dataModelBindings: { tableData: 'fees' },
    columns: [{ header: 'col.what', accessors: ['what'] }],
  },
  {
    id: 'rating',
    type: 'Custom',
    tagName: 'rating-widget',
    dataModelBindings: { simpleBinding: 'feedback.rating' },
  },
  {
    id: 'contact',
    type: 'Dropdown',
    dataModelBindings: { simpleBinding: 'contact' },
    textResourceBindings: { title: 'contact.title' },
    source: { group: 'people', value: 'people[{0}].id', label: 'person.label' },
  },
  { id: 'details', type: 'PaymentDetails', mapping: { count: 'stands' } },
  {
    id: 'venue',
    type: 'List',
    dataListId: 'venues',
    tableHeaders: { name: 'col.name' },
    dataModelBindings: { id: 'venue.id', name: 'venue.name' },
    textResourceBindings: { title: 'venue.title' },
  },
  { id: 'add-stand', type: 'AddToList', title: 'stands.title', dataModelBindings: { data: 'stands' } },
];

const texts: TextResource[] = [
  ...nb({
    'other.title': 'Annet',
    'name.title': 'Navn',
    'fee.title': 'Gebyr',
    'rating.title': 'Karakter',
    'person.title': 'Person',
    'contact.title': 'Kontakt',
    'fees.title': 'Gebyrer',
    'col.what': 'Hva',
    'col.name': 'Navn',
    'venue.title': 'Velg lokale',
    'stands.title': 'Salgsboder',
    'exclude.title': 'Utelat',
    'pick.title': 'Velg',
  }),
  {
    id: 'greeting.text',
    value: 'Hei, {0}',
    variables: [{ key: 'person.name', dataSource: 'dataModel.default', defaultValue: 'du' }],
  },
  {
    id: 'person.label',
    value: 'Person {0}',
    variables: [{ key: 'people[{0}].name', dataSource: 'dataModel.default' }],
  },
];

const initialData = {
  fees: [{ what: 'Søknad' }],
  people: [{ id: 'p1', name: 'Kari' }],
  feedback: { rating: '3' },
  count: 2,
};

function renderWithInputs(components: RawComponent[]) {
  const services = createInMemoryFormServices({
    orderDetails: order,
    dataLists: { venues: [{ id: 'v1', name: 'Aula' }] },
  });
  return renderWithServices(
    [
      input('other', 'other', 'other.title'),
      input('name', 'person.name', 'name.title'),
      input('fee', 'fees[0].what', 'fee.title'),
      input('rating-input', 'feedback.rating', 'rating.title'),
      input('person', 'people[0].name', 'person.title'),
      ...components,
    ],
    services,
    { texts: { nb: texts }, initialData },
  );
}

/** Data listeners called by one keystroke into a field none of `components` reads. */
function listenerCallsPerKey(components: RawComponent[]): number {
  const listeners = countListenerCalls();
  const { unmount } = renderWithInputs(components);
  const other = screen.getByRole('textbox', { name: 'Annet' });
  const before = listeners.calls();
  fireEvent.change(other, { target: { value: 'a' } });
  const calls = listeners.calls() - before;
  expect(other).toHaveValue('a');
  unmount();
  vi.restoreAllMocks();
  return calls;
}

afterEach(() => vi.restoreAllMocks());

describe('components that read data elsewhere in the form', () => {
  it('hear no keystroke in a field they do not read', () => {
    // Before, each of them listened to every write: seven more calls a key, and a re-read each.
    expect(listenerCallsPerKey(readers)).toBe(listenerCallsPerKey([]));
  });

  it('still show a write where they read', async () => {
    renderWithInputs(readers);
    expect(screen.getByText('Hei, du')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Navn' }), { target: { value: 'Ola' } });
    expect(screen.getByText('Hei, Ola')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Gebyrer' });
    expect(within(table).getByRole('cell', { name: 'Søknad' })).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Gebyr' }), { target: { value: 'Renhold' } });
    expect(within(table).getByRole('cell', { name: 'Renhold' })).toBeInTheDocument();

    const widget = document.querySelector('rating-widget');
    expect(widget).toHaveAttribute('data-formdata', JSON.stringify({ simpleBinding: '3' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Karakter' }), { target: { value: '5' } });
    expect(widget).toHaveAttribute('data-formdata', JSON.stringify({ simpleBinding: '5' }));

    const contact = screen.getByRole('combobox', { name: 'Kontakt' });
    expect(within(contact).getByRole('option', { name: 'Person Kari' })).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Person' }), { target: { value: 'Per' } });
    await waitFor(() => expect(within(contact).getByRole('option', { name: 'Person Per' })).toBeInTheDocument());
  });
});

describe('options filtered by data anywhere in the form', () => {
  it('still follow a write the filter reads', () => {
    renderWithInputs([
      input('exclude', 'exclude', 'exclude.title'),
      {
        id: 'pick',
        type: 'Dropdown',
        dataModelBindings: { simpleBinding: 'pick' },
        textResourceBindings: { title: 'pick.title' },
        options: [
          { value: 'a', label: 'Alfa' },
          { value: 'b', label: 'Beta' },
        ],
        optionFilter: ['notEquals', ['value'], ['dataModel', 'exclude']],
      },
    ]);
    const pick = screen.getByRole('combobox', { name: 'Velg' });
    expect(within(pick).getByRole('option', { name: 'Alfa' })).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Utelat' }), { target: { value: 'a' } });
    expect(within(pick).queryByRole('option', { name: 'Alfa' })).not.toBeInTheDocument();
    expect(within(pick).getByRole('option', { name: 'Beta' })).toBeInTheDocument();
  });
});
