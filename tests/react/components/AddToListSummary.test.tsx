import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';
import { standsSchema } from '../../../stories/support/standsSchema.ts';

const texts = {
  nb: nb({
    'stands.title': 'Salgsboder',
    'stands.summary': 'Bodene du har meldt på',
    'stands.summary_accessible': 'Påmeldte salgsboder',
    'stand.name': 'Navn på boden',
  }),
};
const schema = standsSchema({
  area: { type: 'number' },
  owner: { type: 'object', properties: { name: { type: 'string' }, phone: { type: 'string' } } },
});
const stands = [
  { altinnRowId: 'a', name: 'Vaffelbua', area: 12, owner: { name: 'Kari', phone: '99999999' } },
  { altinnRowId: 'b', name: 'Loppis' },
];

const addToList = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'add-stand',
  type: 'AddToList',
  title: 'stands.title',
  dataModelBindings: { data: 'stands' },
  ...extra,
});
const summary = (extra: Record<string, unknown> = {}): RawComponent => ({ id: 'summary', type: 'Summary2', ...extra });
// The summary page comes first, so the form opens on it.
const pages = (component: RawComponent, extra?: Record<string, unknown>) => ({
  review: [summary(extra)],
  stalls: [component],
});

describe('AddToList in a summary', () => {
  it('lists the rows as a table under the summary title', async () => {
    const component = addToList({ textResourceBindings: { summaryTitle: 'stands.summary' } });
    const { container } = renderForm([], { pages: pages(component), texts, schema, initialData: { stands } });
    expect(screen.getByRole('term')).toHaveTextContent('Bodene du har meldt på');
    const table = within(screen.getByRole('definition')).getByRole('table', { name: 'Bodene du har meldt på' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(
      within(first)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Vaffelbua', '12', 'Kari, 99999999']);
    expect(
      within(second)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Loppis', '', '']);
    // The summary shows the rows; changing them is done in the form.
    expect(within(table).queryByRole('button')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('names the rows by summaryAccessibleTitle, and lists them one per line when compact', () => {
    const component = addToList({
      textResourceBindings: { summaryTitle: 'stands.summary', summaryAccessibleTitle: 'stands.summary_accessible' },
    });
    renderForm([], {
      pages: pages(component, { overrides: [{ componentId: 'add-stand', isCompact: true }] }),
      texts,
      schema,
      initialData: { stands },
    });
    const list = screen.getByRole('list', { name: 'Påmeldte salgsboder' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Vaffelbua – 12 – Kari, 99999999', 'Loppis']);
  });

  it('is titled by its own top-level title when it has no summaryTitle', () => {
    renderForm([], { pages: pages(addToList()), texts, schema, initialData: { stands } });
    expect(screen.getByRole('term')).toHaveTextContent('Salgsboder');
  });

  it('says the list is not answered, or what the override says, when there are no rows', () => {
    const { unmount } = renderForm([], { pages: pages(addToList()), texts, schema });
    expect(screen.getByRole('definition')).toHaveTextContent('Ikke besvart');
    unmount();
    renderForm([], {
      pages: pages(addToList(), { overrides: [{ componentType: 'AddToList', emptyFieldText: 'Ingen boder' }] }),
      texts,
      schema,
    });
    expect(screen.getByRole('definition')).toHaveTextContent('Ingen boder');
  });

  it('shows an array of objects inside a row by its inner items, named by their first text', () => {
    const withHelpers = {
      type: 'object',
      properties: {
        stands: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              name: { type: 'string', title: 'stand.name' },
              helpers: {
                type: 'array',
                items: {
                  type: 'object',
                  title: 'hjelper',
                  properties: { name: { type: 'string' }, age: { type: 'integer' } },
                },
              },
            },
          },
        },
      },
    };
    const rows = [{ altinnRowId: 'a', name: 'Vaffelbua', helpers: [{ name: 'Ola' }, { age: 15 }] }];
    renderForm([], { pages: pages(addToList()), texts, schema: withHelpers, initialData: { stands: rows } });
    const [, first] = within(screen.getByRole('table')).getAllByRole('row');
    expect(
      within(first)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Vaffelbua', 'Ola, Hjelper 2']);
  });
});
