import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/react/services/inMemoryFormServices.ts';
import { expectNoAxeViolations, nb } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = {
  nb: nb({ 'stands.title': 'Salgsboder', 'stands.add': 'salgsbod', 'col.name': 'Navn', 'col.kind': 'Type' }),
};

function subform(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'stands',
    type: 'Subform',
    layoutSet: 'stand',
    tableColumns: [
      { headerContent: 'col.name', cellContent: { query: 'stand.name' } },
      { headerContent: 'col.kind', cellContent: { value: ['dataModel', 'stand.kind'], default: 'Ukjent' } },
    ],
    textResourceBindings: { title: 'stands.title', addButton: 'stands.add' },
    ...extra,
  };
}

const services = () =>
  createInMemoryFormServices({
    subformEntries: {
      stand: [
        { id: 's1', data: { stand: { name: 'Vaffelbua', kind: 'Mat' } } },
        { id: 's2', data: { stand: { name: 'Loppis' } } },
      ],
    },
  });

describe('Subform', () => {
  it('lists the entries in a captioned table with edit and delete per entry', async () => {
    const { container } = renderWithServices([subform()], services(), { texts });
    const table = screen.getByRole('table', { name: 'Salgsboder' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first).getAllByRole('cell')[1]).toHaveTextContent('Mat');
    expect(within(second).getAllByRole('cell')[1]).toHaveTextContent('Ukjent');
    expect(within(first).getByRole('button', { name: 'Endre Vaffelbua' })).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Slett Vaffelbua' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('adds and deletes entries through the form services, and explains that editing is not here yet', async () => {
    const { user } = renderWithServices([subform()], services(), { texts });
    await user.click(await screen.findByRole('button', { name: 'Slett Loppis' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Legg til salgsbod' }));
    expect(await screen.findByRole('button', { name: 'Endre Oppføring 2' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Endre Vaffelbua' }));
    expect(screen.getByText('Oppføringen kan ikke åpnes her ennå.').closest('[role="status"]')).not.toBeNull();
  });

  it('hides the buttons when read-only and says when there are no entries', async () => {
    const { container } = renderWithServices([subform({ readOnly: true })], createInMemoryFormServices(), { texts });
    expect(screen.getByText('Ingen oppføringer er lagt til ennå.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Legg til/ })).toBeNull();
    await expectNoAxeViolations(container);
  });
});
