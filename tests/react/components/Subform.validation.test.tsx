import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ModelValidateFunction, RawComponent } from '../../../src/core/index.ts';
import { entryCheckStats } from '../../../src/react/components/Subform/entryErrors.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import {
  goodsLayoutSet,
  standEntries,
  standLayoutSet,
  standPage,
  standPageWithGoods,
  standsSubform,
  standTexts,
  unnamedStand,
} from '../../../stories/support/standSubform.ts';
import { expectNoAxeViolations } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = { nb: standTexts.nb };
const services = (entries = standEntries()) => createInMemoryFormServices({ subformEntries: { stand: entries } });
const table = () => screen.getByRole('table', { name: 'Salgsboder' });
const rows = () => within(table()).getAllByRole('row').slice(1);
const MAX_REACHED = 'Du har lagt til det høyeste antallet oppføringer som er tillatt (2).';
const TOO_FEW = 'For å gå videre må du legge til flere oppføringer (minst 1).';

describe('Subform entry counts', () => {
  it("offers no add button once the data type's maxCount is reached, and says why", async () => {
    const { user, container } = renderWithServices([standsSubform()], services(), {
      texts,
      subformLayoutSets: [standLayoutSet(standPage(), { maxCount: 2 })],
    });
    expect(await screen.findByText(MAX_REACHED)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Legg til salgsbod' })).toBeNull();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Slett Loppis' }));
    expect(await screen.findByRole('button', { name: 'Legg til salgsbod' })).toBeInTheDocument();
    expect(screen.queryByText(MAX_REACHED)).toBeNull();
  });

  it('asks for minCount entries when the user submits, and submits once there are enough', async () => {
    const { user, onSubmit } = renderWithServices([standsSubform()], createInMemoryFormServices(), {
      texts,
      subformLayoutSets: [standLayoutSet(standPage(), { minCount: 1 })],
      withSubmit: true,
    });
    expect(await screen.findByText('Ingen oppføringer er lagt til ennå.')).toBeInTheDocument();
    // Like a required field, an empty list is not called a mistake before the user asks.
    expect(screen.queryByText(TOO_FEW)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(await screen.findAllByText(TOO_FEW)).not.toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Legg til salgsbod' }));
    await user.type(await screen.findByRole('textbox', { name: /Navn på boden/ }), 'Bokbua');
    await user.click(screen.getByRole('button', { name: 'Ferdig' }));
    await screen.findByRole('button', { name: 'Endre Bokbua' });
    await waitFor(() => expect(screen.queryByText(TOO_FEW)).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});

describe('Subform entries with errors', () => {
  it('marks an entry whose own pages have errors, names it in an error that blocks submit, and clears both once it is fixed', async () => {
    const { user, onSubmit, container } = renderWithServices(
      [standsSubform()],
      services([...standEntries(), unnamedStand()]),
      { texts, subformLayoutSets: [standLayoutSet()], withSubmit: true },
    );
    await waitFor(() => expect(rows()).toHaveLength(3));
    const [first, , third] = rows();
    expect(within(third).getByText('Oppføringen har feil')).toBeInTheDocument();
    expect(within(first).queryByText('Oppføringen har feil')).toBeNull();
    const edit = within(third).getByRole('button', { name: 'Endre Oppføring 3' });
    expect(edit).toHaveAccessibleDescription('Oppføringen har feil');
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(await screen.findAllByText('Det er feil i disse oppføringene: Oppføring 3')).not.toHaveLength(0);

    await user.click(edit);
    await user.type(await screen.findByRole('textbox', { name: /Navn på boden/ }), 'Bokbua');
    await user.click(screen.getByRole('button', { name: 'Ferdig' }));
    await screen.findByRole('button', { name: 'Endre Bokbua' });
    expect(within(table()).queryByText('Oppføringen har feil')).toBeNull();
    await waitFor(() => expect(screen.queryByText(/Det er feil i disse oppføringene/)).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('checks each stored entry once: typing in the main form checks nothing again, saving an entry checks that one', async () => {
    const main: RawComponent = {
      id: 'market',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'market' },
      textResourceBindings: { title: 'Marked' },
    };
    const { user } = renderWithServices([main, standsSubform()], services(), {
      texts,
      subformLayoutSets: [standLayoutSet()],
    });
    await waitFor(() => expect(rows()).toHaveLength(2));
    const afterListing = entryCheckStats.runs;
    await user.type(screen.getByRole('textbox', { name: 'Marked' }), 'Torget');
    expect(entryCheckStats.runs).toBe(afterListing);
    await user.click(screen.getByRole('button', { name: 'Endre Loppis' }));
    await user.type(await screen.findByRole('textbox', { name: 'Hva selges?' }), 'Bruktsalg');
    await user.click(screen.getByRole('button', { name: 'Ferdig' }));
    await screen.findByRole('button', { name: 'Endre Loppis' });
    expect(entryCheckStats.runs).toBe(afterListing + 1);
  });
});

describe('Subform per entry', () => {
  it("evaluates an expression in tableEditButton against each entry's data", async () => {
    const component = standsSubform({
      textResourceBindings: {
        title: 'stands.title',
        tableEditButton: [
          'if',
          ['equals', ['dataModel', 'stand.kind'], 'Mat'],
          'Se på matboden',
          'else',
          'general.edit',
        ],
      },
    });
    renderWithServices([component], services(), { texts, subformLayoutSets: [standLayoutSet()] });
    expect(await screen.findByRole('button', { name: 'Se på matboden Vaffelbua' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Endre Loppis' })).toBeInTheDocument();
  });

  it("opens a Subform's entries from inside an opened entry", async () => {
    const store = services();
    const { user } = renderWithServices([standsSubform()], store, {
      texts,
      subformLayoutSets: [standLayoutSet(standPageWithGoods()), goodsLayoutSet()],
    });
    await user.click(await screen.findByRole('button', { name: 'Endre Vaffelbua' }));
    await user.click(await screen.findByRole('button', { name: 'Legg til vare' }));
    expect(await screen.findByRole('heading', { name: 'Om varen' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Varenavn' }), 'Vafler');
    await user.click(screen.getByRole('button', { name: 'Ferdig' }));
    const goods = await screen.findByRole('table', { name: 'Varer' });
    expect(within(goods).getByRole('cell', { name: 'Vafler' })).toBeInTheDocument();
    // The item belongs to the stall it was added in, not to the main form.
    expect((await store.listSubformEntries('goods', { parentEntryId: 's1' }))[0].data).toEqual({
      item: { name: 'Vafler' },
    });
    expect(await store.listSubformEntries('goods')).toEqual([]);
  });

  it("shows inside each opened entry only that entry's own entries", async () => {
    const store = createInMemoryFormServices({
      subformEntries: { stand: standEntries() },
      nestedSubformEntries: {
        s1: { goods: [{ id: 'g1', data: { item: { name: 'Vafler' } } }] },
        s2: {
          goods: [
            { id: 'g2', data: { item: { name: 'Bøker' } } },
            { id: 'g3', data: { item: { name: 'Lamper' } } },
          ],
        },
      },
    });
    const { user } = renderWithServices([standsSubform()], store, {
      texts,
      subformLayoutSets: [standLayoutSet(standPageWithGoods()), goodsLayoutSet()],
    });
    const goodsNames = () =>
      within(screen.getByRole('table', { name: 'Varer' }))
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent);

    await user.click(await screen.findByRole('button', { name: 'Endre Vaffelbua' }));
    await waitFor(() => expect(goodsNames()).toEqual([expect.stringContaining('Vafler')]));
    await user.click(screen.getByRole('button', { name: 'Ferdig' }));

    await user.click(await screen.findByRole('button', { name: 'Endre Loppis' }));
    await waitFor(() =>
      expect(goodsNames()).toEqual([expect.stringContaining('Bøker'), expect.stringContaining('Lamper')]),
    );
    // An item added here stays with Loppis.
    await user.click(screen.getByRole('button', { name: 'Legg til vare' }));
    await user.type(await screen.findByRole('textbox', { name: 'Varenavn' }), 'Stoler');
    await user.click(screen.getByRole('button', { name: 'Ferdig' }));
    await waitFor(() => expect(goodsNames()).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Ferdig' }));

    await user.click(await screen.findByRole('button', { name: 'Endre Vaffelbua' }));
    await waitFor(() => expect(goodsNames()).toEqual([expect.stringContaining('Vafler')]));
    expect((await store.listSubformEntries('goods', { parentEntryId: 's2' })).map((entry) => entry.data)).toEqual([
      { item: { name: 'Bøker' } },
      { item: { name: 'Lamper' } },
      { item: { name: 'Stoler' } },
    ]);
  });
});

describe('Subform entries and precompiled validators', () => {
  it("checks each entry with the form's precompiled validators of the entry's data type", async () => {
    // Stands as the entries' schema would refuse them: no name contains "Loppis". The schema the
    // layout set carries allows anything, so only the precompiled validator can refuse an entry.
    const seen: unknown[] = [];
    const validate: ModelValidateFunction = (data) => {
      seen.push(data);
      const name = (data as { stand?: { name?: unknown } } | null)?.stand?.name;
      validate.errors =
        name === 'Loppis'
          ? [{ keyword: 'pattern', instancePath: '/stand/name', params: { pattern: '^(?!Loppis)' }, parentSchema: {} }]
          : null;
      return validate.errors === null;
    };
    const stand = { ...standLayoutSet(), dataModelSchemas: { stand: { type: 'object' } } };
    renderWithServices([standsSubform()], services(), {
      texts,
      subformLayoutSets: [stand],
      precompiledValidators: { stand: { '': validate } },
    });
    await waitFor(() => expect(rows()).toHaveLength(2));
    const [first, second] = rows();
    await waitFor(() => expect(within(second!).getByText('Oppføringen har feil')).toBeInTheDocument());
    expect(within(first!).queryByText('Oppføringen har feil')).toBeNull();
    expect(seen).toContainEqual({ stand: { name: 'Loppis' } });
  });
});
