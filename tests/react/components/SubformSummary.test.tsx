import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import {
  goodsLayoutSet,
  standEntries,
  standLayoutSet,
  standPageWithGoods,
  standsSubform,
  standTexts,
} from '../../../stories/support/standSubform.ts';
import { expectNoAxeViolations } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = { nb: standTexts.nb };
const services = () => createInMemoryFormServices({ subformEntries: { stand: standEntries() } });
const summary2 = (overrides: unknown[] = []): RawComponent => ({
  id: 'summary',
  type: 'Summary2',
  target: { type: 'component', id: 'stands' },
  overrides,
});
// The summary page comes first, so the form opens on it.
const pages = (subform: RawComponent, summary: RawComponent) => ({ summary: [summary], form: [subform] });

describe('Subform in summaries', () => {
  it('lists the entries as a table with the columns by default', async () => {
    const { container } = renderWithServices([], services(), {
      texts,
      pages: { summary: [summary2()], form: [standsSubform()] },
    });
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0])
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Navn', 'Type']);
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Vaffelbua', 'Mat']);
    expect(
      within(rows[2])
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Loppis', 'Ukjent']);
    expect(screen.getByRole('button', { name: 'Endre Salgsboder' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it("summarises in full each entry's own entries of a Subform on its pages", async () => {
    const store = createInMemoryFormServices({
      subformEntries: { stand: standEntries() },
      nestedSubformEntries: {
        s1: { goods: [{ id: 'g1', data: { item: { name: 'Vafler' } } }] },
        s2: { goods: [{ id: 'g2', data: { item: { name: 'Bøker' } } }] },
      },
    });
    renderWithServices([], store, {
      texts,
      subformLayoutSets: [standLayoutSet(standPageWithGoods()), goodsLayoutSet()],
      pages: {
        summary: [summary2([{ componentId: 'stands', display: 'full' }])],
        form: [standsSubform({ entryDisplayName: ['dataModel', 'stand.name'] })],
      },
    });
    const waffles = (await screen.findByText('Vaffelbua', { selector: '.skjema-summary-row-title' })).parentElement!;
    const flea = screen.getByText('Loppis', { selector: '.skjema-summary-row-title' }).parentElement!;
    expect(await within(waffles).findByText('Vafler')).toBeInTheDocument();
    expect(within(waffles).queryByText('Bøker')).toBeNull();
    expect(await within(flea).findByText('Bøker')).toBeInTheDocument();
    expect(within(flea).queryByText('Vafler')).toBeNull();
  });

  it("summarises each entry's pages under its name with display full", async () => {
    const { container } = renderWithServices([], services(), {
      texts,
      subformLayoutSets: [standLayoutSet()],
      pages: {
        summary: [summary2([{ componentId: 'stands', display: 'full' }])],
        form: [standsSubform({ entryDisplayName: ['dataModel', 'stand.name'] })],
      },
    });
    const first = (await screen.findByText('Vaffelbua', { selector: '.skjema-summary-row-title' })).parentElement!;
    expect(within(first).getByText('Navn på boden')).toBeInTheDocument();
    expect(within(first).getByText('Mat')).toBeInTheDocument();
    // Entry summaries are read-only: only the Subform's own line has a change button.
    expect(within(first).queryByRole('button')).toBeNull();
    expect(screen.getByText('Loppis', { selector: '.skjema-summary-row-title' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('joins the cells with summaryDelimiter where no table or page summary can be drawn', async () => {
    renderWithServices([], services(), {
      texts,
      pages: pages(standsSubform({ summaryDelimiter: ' / ' }), summary2([{ componentId: 'stands', display: 'full' }])),
    });
    expect(await screen.findByText('Vaffelbua / Mat')).toBeInTheDocument();
    expect(screen.getByText('Loppis / Ukjent')).toBeInTheDocument();
  });

  it('uses the default delimiter in a compact summary', async () => {
    renderWithServices([], services(), {
      texts,
      pages: pages(standsSubform(), summary2([{ componentId: 'stands', isCompact: true }])),
    });
    expect(await screen.findByText('Vaffelbua — Mat')).toBeInTheDocument();
  });

  it('says there is no answer when there are no entries (Summary v1)', async () => {
    renderWithServices([], createInMemoryFormServices(), {
      texts,
      pages: pages(standsSubform(), { id: 'summary', type: 'Summary', componentRef: 'stands' }),
    });
    expect(await screen.findByText('Ikke besvart')).toBeInTheDocument();
  });
});
