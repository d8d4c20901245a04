import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { expectNoAxeViolations, nb } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = {
  nb: nb({ 'venue.title': 'Velg lokale', 'col.name': 'Navn', 'col.capacity': 'Plasser' }),
};

const venues = [
  { id: 'v1', name: 'Folkets hus', capacity: 300 },
  { id: 'v2', name: 'Aula', capacity: 120 },
  { id: 'v3', name: 'Idrettshallen', capacity: 800 },
];

function list(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'venue',
    type: 'List',
    dataListId: 'venues',
    tableHeaders: { name: 'col.name', capacity: 'col.capacity' },
    dataModelBindings: { id: 'venue.id', name: 'venue.name' },
    textResourceBindings: { title: 'venue.title' },
    ...extra,
  };
}

const services = () => createInMemoryFormServices({ dataLists: { venues } });

describe('List', () => {
  it('shows the data list as a table with a radio per row inside a titled group', async () => {
    const { container } = renderWithServices([list()], services(), { texts });
    const group = screen.getByRole('group', { name: 'Velg lokale' });
    await waitFor(() => expect(within(group).getAllByRole('radio')).toHaveLength(3));
    expect(
      within(group)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Velg', 'Navn', 'Plasser']);
    await expectNoAxeViolations(container);
  });

  it('writes the chosen row to the bindings and checks the stored row', async () => {
    const { user, submitted } = renderWithServices([list()], services(), {
      texts,
      withSubmit: true,
      initialData: { venue: { id: 'v1', name: 'Folkets hus' } },
    });
    expect(await screen.findByRole('radio', { name: 'Folkets hus, 300' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Aula, 120' }));
    expect(screen.getByRole('radio', { name: 'Aula, 120' })).toBeChecked();
    expect(await submitted()).toEqual({ venue: { id: 'v2', name: 'Aula' } });
  });

  it('sorts by a sortable column and pages through the rows', async () => {
    const { user } = renderWithServices(
      [list({ sortableColumns: ['capacity'], pagination: { alternatives: [2, 5], default: 2 } })],
      services(),
      { texts },
    );
    await waitFor(() => expect(screen.getAllByRole('radio')).toHaveLength(2));
    const header = screen.getByRole('columnheader', { name: 'Plasser' });
    await user.click(within(header).getByRole('button'));
    await waitFor(() => expect(screen.getAllByRole('radio')[0]).toHaveAccessibleName('Aula, 120'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const pages = screen.getByRole('navigation', { name: 'Sider i listen' });
    expect(pages).toHaveTextContent('Side 1 av 2');
    await user.click(within(pages).getByRole('button', { name: 'Neste side' }));
    await waitFor(() => expect(screen.getAllByRole('radio')).toHaveLength(1));
    expect(screen.getByRole('radio')).toHaveAccessibleName('Idrettshallen, 800');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rader per side' }), '5');
    await waitFor(() => expect(screen.getAllByRole('radio')).toHaveLength(3));
  });

  it('does not change the choice when read-only and marks required rows', async () => {
    const { user } = renderWithServices([list({ readOnly: true, required: true })], services(), { texts });
    const aula = await screen.findByRole('radio', { name: 'Aula, 120' });
    expect(aula).toBeRequired();
    await user.click(aula);
    expect(aula).not.toBeChecked();
  });

  describe('in the object-list mode (group + checked)', () => {
    const multi = (extra: Partial<RawComponent> = {}) =>
      list({
        dataModelBindings: {
          group: 'venues',
          id: 'venues.id',
          name: 'venues.name',
          checked: 'venues.booked',
        },
        ...extra,
      });

    it('chooses several rows with checkboxes, each a row with altinnRowId in the group', async () => {
      const { user, submitted, container } = renderWithServices([multi()], services(), { texts, withSubmit: true });
      await user.click(await screen.findByRole('checkbox', { name: 'Aula, 120' }));
      await user.click(screen.getByRole('checkbox', { name: 'Idrettshallen, 800' }));
      expect(screen.getByRole('checkbox', { name: 'Aula, 120' })).toBeChecked();
      expect(screen.queryByRole('radio')).toBeNull();
      const rows = ((await submitted()) as { venues: Record<string, unknown>[] }).venues;
      expect(rows.map(({ altinnRowId, ...rest }) => [typeof altinnRowId, rest])).toEqual([
        ['string', { id: 'v2', name: 'Aula', booked: true }],
        ['string', { id: 'v3', name: 'Idrettshallen', booked: true }],
      ]);
      await expectNoAxeViolations(container);
    });

    it('keeps an unchosen row with checked=false when soft, removes it when hard', async () => {
      const initialData = { venues: [{ altinnRowId: 'r1', id: 'v1', name: 'Folkets hus', booked: true }] };
      const soft = renderWithServices([multi({ deletionStrategy: 'soft' })], services(), {
        texts,
        withSubmit: true,
        initialData,
      });
      await soft.user.click(await screen.findByRole('checkbox', { name: 'Folkets hus, 300' }));
      expect(await soft.submitted()).toEqual({
        venues: [{ altinnRowId: 'r1', id: 'v1', name: 'Folkets hus', booked: false }],
      });
      soft.unmount();
      const hard = renderWithServices([multi({ deletionStrategy: 'hard' })], services(), {
        texts,
        withSubmit: true,
        initialData,
      });
      await hard.user.click(await screen.findByRole('checkbox', { name: 'Folkets hus, 300' }));
      expect(await hard.submitted()).toEqual({ venues: [] });
    });
  });

  it('marks up tableHeadersMobile cards: a label in every cell and the unlisted columns marked off', async () => {
    const { container } = renderWithServices([list({ tableHeadersMobile: ['name'] })], services(), { texts });
    const aula = await screen.findByRole('radio', { name: 'Aula, 120' });
    const [, name, capacity] = within(aula.closest('tr') as HTMLElement).getAllByRole('cell');
    // jsdom applies no container queries: what shows at which width is checked by the MobileCards story.
    expect(name).toHaveTextContent('NavnAula');
    expect(name).not.toHaveAttribute('data-mobile');
    expect(capacity).toHaveAttribute('data-mobile', 'hidden');
    expect(screen.getByRole('columnheader', { name: 'Plasser' })).toHaveAttribute('data-mobile', 'hidden');
    expect(container.querySelector('.skjema-list-cards')).toContainElement(aula);
    await expectNoAxeViolations(container);
  });

  it('adds no card labels without tableHeadersMobile', async () => {
    const aula = await renderWithServices([list()], services(), { texts }).findByRole('radio', { name: 'Aula, 120' });
    expect(within(aula.closest('tr') as HTMLElement).getAllByRole('cell')[1]).toHaveTextContent(/^Aula$/);
  });
});
