import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = { nb: nb({ personal: 'Om deg', event: 'Arrangementet' }) };
const name = {
  id: 'name',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'person.name' },
  textResourceBindings: { title: 'Navn' },
};
const phone = {
  id: 'phone',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'person.phone' },
  textResourceBindings: { title: 'Telefon' },
};
const secret = {
  id: 'secret',
  type: 'Input',
  hidden: true,
  dataModelBindings: { simpleBinding: 'person.secret' },
  textResourceBindings: { title: 'Hemmelig' },
};
const guests = {
  id: 'guests',
  type: 'RepeatingGroup',
  dataModelBindings: { group: 'guests' },
  textResourceBindings: { title: 'Gjester' },
  children: ['guest-name'],
};
const guestName = {
  id: 'guest-name',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'guests.name' },
  textResourceBindings: { title: 'Gjestens navn' },
};
const summary = (extra: Record<string, unknown> = {}) => ({ id: 'summary', type: 'Summary2', ...extra });
const initialData = {
  person: { name: 'Kari Nordmann', secret: 'hysj' },
  guests: [{ name: 'Ola' }, { name: 'Per' }],
};
// The summary page comes first, so the form opens on it.
const pages = (extra?: Record<string, unknown>) => ({
  review: [summary(extra)],
  personal: [name, phone, secret, { id: 'intro', type: 'Paragraph', textResourceBindings: { title: 'Hei' } }],
  event: [guests, guestName],
});

describe('Summary2', () => {
  it('lists every visible field of the layout set per page, with its value', async () => {
    const { container } = renderForm([], { pages: pages(), texts, initialData });
    expect(screen.getByRole('heading', { name: 'Om deg' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Arrangementet' })).toBeInTheDocument();
    // The summary's own page has no fields, so it gets no section.
    expect(screen.queryByRole('heading', { name: 'review' })).not.toBeInTheDocument();
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['Navn', 'Telefon', 'Gjestens navn', 'Gjestens navn']);
    const values = screen.getAllByRole('definition').map((value) => value.textContent);
    expect(values).toEqual(['Kari NordmannEndre', 'Ikke besvartEndre', 'OlaEndre', 'PerEndre']);
    expect(screen.queryByText('Hemmelig')).not.toBeInTheDocument();
    expect(screen.queryByText('hysj')).not.toBeInTheDocument();
    expect(screen.getByText('Rad 1')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('leaves empty fields out with hideEmptyFields', () => {
    renderForm([], { pages: pages({ hideEmptyFields: true }), texts, initialData });
    expect(screen.getAllByRole('term').map((term) => term.textContent)).not.toContain('Telefon');
  });

  it('keeps an empty field with forceShowInSummary even when hiding empty fields', () => {
    renderForm([], {
      pages: {
        review: [summary({ hideEmptyFields: true })],
        personal: [
          name,
          phone,
          { ...phone, id: 'fax', forceShowInSummary: true, textResourceBindings: { title: 'Faks' } },
        ],
      },
      texts,
      initialData,
    });
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Navn', 'Faks']);
  });

  it('summarises one page or one component as its target', () => {
    const { unmount } = renderForm([], {
      pages: pages({ target: { type: 'page', id: 'personal' } }),
      texts,
      initialData,
    });
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Navn', 'Telefon']);
    unmount();
    renderForm([], { pages: pages({ target: { type: 'component', id: 'guests' } }), texts, initialData });
    expect(screen.getAllByRole('definition').map((value) => value.textContent)).toEqual(['OlaEndre', 'PerEndre']);
    expect(screen.getByRole('heading', { name: 'Gjester' })).toBeInTheDocument();
  });

  it("goes to the field's page and focuses it from the change button", async () => {
    const { user } = renderForm([], { pages: pages(), texts, initialData });
    await user.click(screen.getByRole('button', { name: 'Endre Telefon' }));
    const field = await screen.findByRole('textbox', { name: 'Telefon' });
    await expect.poll(() => document.activeElement).toBe(field);
  });

  it('follows the data', async () => {
    const { user } = renderForm([], {
      pages: { personal: [name, summary({ target: { type: 'component', id: 'name' } })] },
      texts,
      initialData,
    });
    const input = screen.getByRole('textbox', { name: 'Navn' });
    await user.clear(input);
    await user.type(input, 'Ola');
    expect(within(screen.getByRole('definition')).getByText('Ola')).toBeInTheDocument();
  });
});
