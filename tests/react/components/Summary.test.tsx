import { screen } from '@testing-library/react';
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
