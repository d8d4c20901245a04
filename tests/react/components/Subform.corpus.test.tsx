import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadLayoutSet } from '../../../src/core/app/loadLayoutSet.ts';
import { fileSource } from '../../../src/core/node/fileSource.ts';
import { FormServicesProvider } from '../../../src/react/context/FormServices.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { SkjemaForm } from '../../../src/react/SkjemaForm.tsx';
import { CORPUS_DIR } from '../../support/altinnSchemas.ts';

const source = fileSource(`${CORPUS_DIR}/subform-test`);

async function load(layoutSetId: string) {
  const { layoutSet } = await loadLayoutSet(source, { layoutSetId });
  if (!layoutSet) throw new Error(`subform-test has no layout set ${layoutSetId}`);
  return layoutSet;
}

async function renderApp() {
  const [form, moped, bok] = await Promise.all([load('form'), load('moped-subform'), load('bok-subform')]);
  const services = createInMemoryFormServices({ options: moped.options });
  const user = userEvent.setup();
  render(
    <FormServicesProvider services={services}>
      <SkjemaForm layoutSet={form} subformLayoutSets={[moped, bok]} />
    </FormServicesProvider>,
  );
  return { services, user };
}

type User = ReturnType<typeof userEvent.setup>;

/** Fills in a moped's page; the exit button is left to the caller. */
async function fillMoped(user: User) {
  await user.type(screen.getByRole('textbox', { name: /Registreringsnummer/ }), 'AB1234');
  await user.type(screen.getByRole('textbox', { name: /Merke/ }), 'Vespa');
  await user.type(screen.getByRole('textbox', { name: /Modell/ }), 'Primavera');
  await user.click(screen.getByRole('radio', { name: 'Ja' }));
  await user.type(await screen.findByRole('textbox', { name: /Ekstra info/ }), 'Sidevogn');
  await user.type(screen.getByRole('textbox', { name: /Produksjonsår/ }), '1972');
}

describe('subform-test', () => {
  it('adds a moped, fills it in, closes it with the exit button and lists it in the table', async () => {
    const { services, user } = await renderApp();
    await user.click(screen.getByRole('button', { name: /Legg til moped/ }));
    expect(await screen.findByRole('heading', { name: 'Mopedregistrering' })).toBeInTheDocument();
    // The exit button checks every page first: the required fields stop it.
    const exit = screen.getByRole('button', { name: 'Ferdig' });
    await user.click(exit);
    expect(await screen.findByText('Du må rette disse feilene før du kan gå videre')).toBeInTheDocument();
    await fillMoped(user);
    await user.click(exit);
    const table = await screen.findByRole('table', { name: 'Dine mopeder' });
    const [, row] = within(table).getAllByRole('row');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(expect.arrayContaining(['AB1234', 'Vespa', 'Sidevogn']));
    // tableEditButton reads the moped's own Merke: "Rediger Vespa", then the entry's name.
    expect(within(row).getByRole('button', { name: 'Rediger Vespa AB1234' })).toHaveFocus();
    const [stored] = await services.listSubformEntries('moped-subform');
    expect(stored.data).toMatchObject({ RegNo: 'AB1234', Merke: 'Vespa', Modell: 'Primavera', EkstraInfoCheck: true });

    // The summary page shows the mopeds as a table (override `display: "table"`).
    await user.type(screen.getByRole('textbox', { name: /Navn/ }), 'Kari');
    await user.type(screen.getByRole('textbox', { name: /Alder/ }), '40');
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    const summary = await screen.findByRole('region', { name: 'Dine mopeder' });
    expect(
      within(summary)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(expect.arrayContaining(['AB1234', 'Vespa', 'Sidevogn']));
  });

  it("goes through a book's two pages, closes it from its summary page and summarises it in full on the main summary", async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: /Legg til bok/ }));
    expect(await screen.findByRole('heading', { name: 'Bokregistrering' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Tittel/ }), 'Sult');
    // The next button checks every page first: the author and the year are missing.
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(await screen.findByText('Du må rette disse feilene før du kan gå videre')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Forfatter/ }), 'Knut Hamsun');
    await user.type(screen.getByRole('textbox', { name: /Publikasjonsår/ }), '1890');
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    await user.click(await screen.findByRole('button', { name: 'Ferdig' }));
    const table = await screen.findByRole('table', { name: 'Dine bøker' });
    const [, row] = within(table).getAllByRole('row');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(expect.arrayContaining(['Sult', '[ingen serie]', 'Knut Hamsun']));

    await user.type(screen.getByRole('textbox', { name: /Navn/ }), 'Kari');
    await user.type(screen.getByRole('textbox', { name: /Alder/ }), '40');
    // The data type moped has minCount 1 in applicationmetadata.json: the next button asks for one.
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(await screen.findAllByText('For å gå videre må du legge til flere oppføringer (minst 1).')).not.toHaveLength(
      0,
    );
    await user.click(screen.getByRole('button', { name: /Legg til moped/ }));
    await screen.findByRole('heading', { name: 'Mopedregistrering' });
    await fillMoped(user);
    await user.click(screen.getByRole('button', { name: 'Ferdig' }));
    await screen.findByRole('button', { name: 'Rediger Vespa AB1234' });
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    // Override `display: "full"`: the book's own pages summarised under its name.
    const book = (await screen.findByText('Sult', { selector: '.skjema-summary-row-title' })).parentElement!;
    expect(within(book).getByText('Knut Hamsun')).toBeInTheDocument();
    expect(within(book).getByText('1890')).toBeInTheDocument();
  });
});
