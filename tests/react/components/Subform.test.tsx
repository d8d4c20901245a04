import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import {
  standEntries,
  standLayoutSet,
  standPage,
  standsSubform,
  standTexts,
} from '../../../stories/support/standSubform.ts';
import { expectNoAxeViolations } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = { nb: standTexts.nb };
const services = () => createInMemoryFormServices({ subformEntries: { stand: standEntries() } });
const table = () => screen.getByRole('table', { name: 'Salgsboder' });
const rows = () => within(table()).getAllByRole('row').slice(1);

describe('Subform', () => {
  it('lists the entries in a captioned table with edit and delete per entry', async () => {
    const { container } = renderWithServices([standsSubform()], services(), { texts });
    await waitFor(() => expect(rows()).toHaveLength(2));
    const [first, second] = rows();
    expect(within(first).getAllByRole('cell')[1]).toHaveTextContent('Mat');
    expect(within(second).getAllByRole('cell')[1]).toHaveTextContent('Ukjent');
    expect(within(first).getByRole('button', { name: 'Endre Vaffelbua' })).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Slett Vaffelbua' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('adds and deletes entries through the form services, and says an entry cannot be opened without its layout set', async () => {
    const { user } = renderWithServices([standsSubform()], services(), { texts });
    await user.click(await screen.findByRole('button', { name: 'Slett Loppis' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Legg til salgsbod' }));
    expect(await screen.findByRole('button', { name: 'Endre Oppføring 2' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Endre Vaffelbua' }));
    expect(screen.getByText('Oppføringen kan ikke åpnes her ennå.').closest('[role="status"]')).not.toBeNull();
  });

  it('hides the buttons when read-only and says when there are no entries', async () => {
    const { container } = renderWithServices([standsSubform({ readOnly: true })], createInMemoryFormServices(), {
      texts,
    });
    expect(screen.getByText('Ingen oppføringer er lagt til ennå.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Legg til/ })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('edits an entry on its own pages in place of the main page, saves it on close and returns focus to its edit button', async () => {
    const store = services();
    const { user, container } = renderWithServices([standsSubform()], store, {
      texts,
      subformLayoutSets: [standLayoutSet()],
    });
    await user.click(await screen.findByRole('button', { name: 'Endre Vaffelbua' }));
    // The main page is gone from view and from the accessibility tree while the entry is open.
    expect(screen.queryByRole('table', { name: 'Salgsboder' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Om salgsboden' })).toBeInTheDocument();
    // Keyboard and screen-reader users start at the top of the entry.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    const name = screen.getByRole('textbox', { name: /Navn på boden/ });
    expect(name).toHaveValue('Vaffelbua');
    await expectNoAxeViolations(container);
    await user.clear(name);
    await user.type(name, 'Kakebua');
    await user.click(screen.getByRole('button', { name: 'Ferdig' }));
    const edit = await screen.findByRole('button', { name: 'Endre Kakebua' });
    expect(within(rows()[0]).getAllByRole('cell')[0]).toHaveTextContent('Kakebua');
    await waitFor(() => expect(edit).toHaveFocus());
    expect((await store.listSubformEntries('stand'))[0].data).toEqual({ stand: { name: 'Kakebua', kind: 'Mat' } });
  });

  it('opens a new entry at once, and lists it with what was filled in after closing', async () => {
    const store = createInMemoryFormServices();
    const { user } = renderWithServices([standsSubform()], store, { texts, subformLayoutSets: [standLayoutSet()] });
    await user.click(screen.getByRole('button', { name: 'Legg til salgsbod' }));
    await user.type(await screen.findByRole('textbox', { name: /Navn på boden/ }), 'Bokbua');
    await user.type(screen.getByRole('textbox', { name: 'Hva selges?' }), 'Bøker');
    await user.click(screen.getByRole('button', { name: 'Ferdig' }));
    expect(await screen.findByRole('button', { name: 'Endre Bokbua' })).toBeInTheDocument();
    expect(within(rows()[0]).getAllByRole('cell')[1]).toHaveTextContent('Bøker');
  });

  it('keeps the entry open with what the user typed and says so when saving fails', async () => {
    const store = services();
    vi.spyOn(store, 'saveSubformEntry').mockRejectedValueOnce(new Error('503'));
    const { user } = renderWithServices([standsSubform()], store, { texts, subformLayoutSets: [standLayoutSet()] });
    await user.click(await screen.findByRole('button', { name: 'Endre Loppis' }));
    await user.type(screen.getByRole('textbox', { name: 'Hva selges?' }), 'Bruktsalg');
    await user.click(screen.getByRole('button', { name: 'Ferdig' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Oppføringen kunne ikke lagres.');
    expect(screen.getByRole('textbox', { name: 'Hva selges?' })).toHaveValue('Bruktsalg');
    await user.click(screen.getByRole('button', { name: 'Ferdig' }));
    expect(await screen.findByRole('button', { name: 'Endre Loppis' })).toBeInTheDocument();
    expect(within(rows()[1]).getAllByRole('cell')[1]).toHaveTextContent('Bruktsalg');
  });

  it("checks the entry's pages before closing when the close button asks for it", async () => {
    const set = standLayoutSet(standPage({ page: 'all', show: ['All'] }));
    const { user } = renderWithServices([standsSubform()], createInMemoryFormServices(), {
      texts,
      subformLayoutSets: [set],
    });
    await user.click(screen.getByRole('button', { name: 'Legg til salgsbod' }));
    await user.click(await screen.findByRole('button', { name: 'Ferdig' }));
    expect(await screen.findAllByText('Du må fylle ut navn på boden')).not.toHaveLength(0);
    expect(screen.queryByRole('table', { name: 'Salgsboder' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: /Navn på boden/ }), 'Bokbua');
    await user.click(screen.getByRole('button', { name: 'Ferdig' }));
    expect(await screen.findByRole('button', { name: 'Endre Bokbua' })).toBeInTheDocument();
  });

  it("keeps a layout's own edit button text at the start of the button's name", async () => {
    const component = standsSubform({
      textResourceBindings: { title: 'stands.title', tableEditButton: 'Se på' },
    });
    renderWithServices([component], services(), { texts });
    const edit = await screen.findByRole('button', { name: 'Se på Vaffelbua' });
    expect(edit).toHaveTextContent('Se på');
  });

  it('names entries by entryDisplayName and evaluates cell expressions against the entry', async () => {
    const component: RawComponent = standsSubform({
      entryDisplayName: ['concat', ['dataModel', 'stand.name'], ' (', ['component', 'stand-kind'], ')'],
      tableColumns: [
        {
          headerContent: 'col.name',
          cellContent: { value: ['if', ['equals', ['component', 'stand-kind'], 'Mat'], 'Matbod', 'else', 'Annet'] },
        },
      ],
    });
    renderWithServices([component], services(), { texts, subformLayoutSets: [standLayoutSet()] });
    expect(await screen.findByRole('button', { name: 'Endre Vaffelbua (Mat)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Slett Loppis ()' })).toBeInTheDocument();
    expect(rows().map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual(['Matbod', 'Annet']);
  });
});
