import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const name = {
  id: 'name',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'person.name' },
  textResourceBindings: { title: 'Navn' },
};
const town = {
  id: 'town',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'person.town' },
  textResourceBindings: { title: 'Poststed' },
};
const hiddenTown = { ...town, id: 'hidden-town', hidden: true, textResourceBindings: { title: 'Skjult' } };
const person = {
  id: 'person',
  type: 'Group',
  textResourceBindings: { title: 'Om deg' },
  children: ['name', 'town', 'hidden-town'],
};
const initialData = { person: { name: 'Kari Nordmann', town: 'Bergen' } };
const pages = (summary: Record<string, unknown>) => ({
  review: [{ id: 'summary', type: 'Summary', ...summary }],
  personal: [person, name, town, hiddenTown],
});

describe('Summary', () => {
  it('summarises a group from componentRef, skipping hidden fields', async () => {
    const { container } = renderForm([], {
      pages: pages({ componentRef: 'person' }),
      texts: { nb: nb({}) },
      initialData,
    });
    expect(screen.getByRole('heading', { name: 'Om deg' })).toBeInTheDocument();
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Navn', 'Poststed']);
    expect(screen.getAllByRole('definition').map((value) => value.textContent)).toEqual([
      'Kari NordmannEndre',
      'BergenEndre',
    ]);
    expect(screen.queryByText('Skjult')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('summarises a page by name, and hides the change buttons on request', () => {
    renderForm([], {
      pages: pages({ componentRef: 'personal', display: { hideChangeButton: true } }),
      texts: { nb: nb({ personal: 'Personalia' }) },
      initialData,
    });
    expect(screen.getByRole('heading', { name: 'Personalia' })).toBeInTheDocument();
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Navn', 'Poststed']);
    expect(screen.queryByRole('button', { name: /Endre/ })).not.toBeInTheDocument();
  });

  it('leaves out excludedChildren', () => {
    renderForm([], { pages: pages({ componentRef: 'person', excludedChildren: ['town'] }), initialData });
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Navn']);
  });

  it("goes to the field's page and focuses it from the change button", async () => {
    const { user } = renderForm([], { pages: pages({ componentRef: 'name' }), initialData });
    await user.click(screen.getByRole('button', { name: 'Endre Navn' }));
    const field = await screen.findByRole('textbox', { name: 'Navn' });
    await expect.poll(() => document.activeElement).toBe(field);
  });
});

const guests = {
  id: 'guests',
  type: 'RepeatingGroup',
  dataModelBindings: { group: 'guests' },
  textResourceBindings: { title: 'Gjester' },
  children: ['guest-name', 'guest-town'],
};
const guestName = {
  id: 'guest-name',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'guests.name' },
  textResourceBindings: { title: 'Gjestens navn' },
};
const guestTown = { ...guestName, id: 'guest-town', dataModelBindings: { simpleBinding: 'guests.town' } };
guestTown.textResourceBindings = { title: 'Gjestens poststed' };
const guestData = { guests: [{ name: 'Ola', town: 'Molde' }, { name: 'Per' }] };
const nav = (page: string) => ({ id: `${page}-nav`, type: 'NavigationButtons', showBackButton: true });

describe('Summary of a repeating group', () => {
  const groupPages = (summary: Record<string, unknown>) => ({
    review: [{ id: 'summary', type: 'Summary', componentRef: 'guests', ...summary }, nav('review')],
    event: [guests, guestName, guestTown, nav('event')],
    after: [{ id: 'after-intro', type: 'Paragraph', textResourceBindings: { title: 'Siste side' } }, nav('after')],
  });

  it('is compact with one change button for the group unless largeGroup', async () => {
    const { container } = renderForm([], { pages: groupPages({}), initialData: guestData });
    expect(
      screen.getAllByRole('button', { name: /^Endre/ }).map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Endre Gjester']);
    expect(screen.getAllByRole('definition').map((value) => value.textContent)).toEqual([
      'Ola',
      'Molde',
      'Per',
      'Ikke besvart',
    ]);
    await expectNoAxeViolations(container);
  });

  it('shows every row in full, each field with its own change button, with largeGroup', () => {
    renderForm([], { pages: groupPages({ largeGroup: true }), initialData: guestData });
    expect(screen.getAllByRole('button', { name: /^Endre/ })).toHaveLength(4);
    expect(screen.getByText('Rad 2')).toBeInTheDocument();
  });

  it('returns with its own button text, and next too with display.nextButton', async () => {
    const { user } = renderForm([], {
      pages: groupPages({
        largeGroup: true,
        textResourceBindings: { returnToSummaryButtonTitle: 'back.title' },
        display: { nextButton: true },
      }),
      texts: { nb: nb({ 'back.title': 'Til oppsummeringen' }) },
      initialData: guestData,
    });
    await user.click(screen.getAllByRole('button', { name: 'Endre Gjestens navn' })[0]);
    expect(await screen.findByRole('button', { name: 'Til oppsummeringen' })).toBeInTheDocument();
    // The primary button first: next, then the way back to the summary, then back.
    const navigation = screen.getByRole('button', { name: 'Neste' }).parentElement!;
    expect([...navigation.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      'Neste',
      'Til oppsummeringen',
      'Tilbake',
    ]);
    expect(screen.getByRole('button', { name: 'Neste' })).toHaveAttribute('data-variant', 'primary');
    expect(screen.getByRole('button', { name: 'Til oppsummeringen' })).toHaveAttribute('data-variant', 'secondary');
  });
});

describe('Summary validation messages', () => {
  const requiredPages = (summary: Record<string, unknown>) => ({
    review: [
      { id: 'summary', type: 'Summary', componentRef: 'town', ...summary },
      { id: 'submit', type: 'Button' },
    ],
    personal: [{ ...town, required: true }],
  });

  it("shows the field's errors once they are visible", async () => {
    const { user, container } = renderForm([], { pages: requiredPages({}) });
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(await within(screen.getByRole('definition')).findByText('Du må fylle ut poststed')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('leaves them out with display.hideValidationMessages', async () => {
    const { user } = renderForm([], { pages: requiredPages({ display: { hideValidationMessages: true } }) });
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    await screen.findAllByText('Du må fylle ut poststed');
    expect(within(screen.getByRole('definition')).queryByText('Du må fylle ut poststed')).not.toBeInTheDocument();
  });
});

describe('Summary of a Grid', () => {
  const grid = {
    id: 'grid',
    type: 'Grid',
    textResourceBindings: { title: 'Om deg i tabell' },
    rows: [
      { header: true, cells: [{ text: 'Felt' }, { text: 'Svar' }] },
      { cells: [{ labelFrom: 'name' }, { component: 'name' }] },
      { cells: [{ labelFrom: 'town' }, { component: 'town' }] },
    ],
  };
  const gridPages = (summary: Record<string, unknown>) => ({
    review: [{ id: 'summary', type: 'Summary', componentRef: 'grid', ...summary }],
    personal: [grid, name, town],
  });

  it('is a table of the rows, each component cell with its value and a change button', async () => {
    const { container, user } = renderForm([], { pages: gridPages({}), initialData });
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Felt', 'Svar']);
    const [, kari, bergen] = within(table).getAllByRole('row');
    expect(
      within(kari)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Navn', 'Kari NordmannEndre']);
    expect(
      within(bergen)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Poststed', 'BergenEndre']);
    await expectNoAxeViolations(container);
    await user.click(within(bergen).getByRole('button', { name: 'Endre Poststed' }));
    const field = await screen.findByRole('textbox', { name: 'Poststed' });
    await expect.poll(() => document.activeElement).toBe(field);
  });

  it('has no change buttons with display.hideChangeButton', () => {
    renderForm([], { pages: gridPages({ display: { hideChangeButton: true } }), initialData });
    expect(within(screen.getByRole('table')).getAllByRole('row')[1]).toHaveTextContent('NavnKari Nordmann');
    expect(screen.queryByRole('button', { name: /Endre/ })).not.toBeInTheDocument();
  });
});

describe('Summary with display.useComponentGrid', () => {
  const split = { xs: 12, labelGrid: { xs: 4 }, innerGrid: { xs: 8 } };
  const gridPerson = (summary: Record<string, unknown>) => ({
    review: [{ id: 'summary', type: 'Summary', componentRef: 'person', ...summary }],
    personal: [person, { ...name, grid: split }, { ...town, grid: { xs: 6 } }, hiddenTown],
  });

  // Where the lines go is checked in a real browser: stories/components/Summary.stories.tsx.
  it('keeps every line, with its title and value, whichever grid the fields have', async () => {
    const { container } = renderForm([], { pages: gridPerson({ display: { useComponentGrid: true } }), initialData });
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Navn', 'Poststed']);
    expect(screen.getAllByRole('definition').map((value) => value.textContent)).toEqual([
      'Kari NordmannEndre',
      'BergenEndre',
    ]);
    await expectNoAxeViolations(container);
  });
});
