import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/react/services/inMemoryFormServices.ts';
import { signees } from '../../../stories/support/signingSeed.ts';
import { failingServices } from '../../../stories/support/withFailingServices.tsx';
import { expectNoAxeViolations, nb } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = {
  nb: nb({
    'signees.title': 'Hvem skal signere',
    'signees.help': 'De får beskjed i innboksen.',
    'other.text': 'Resten',
  }),
};
const list: RawComponent = {
  id: 'signees',
  type: 'SigneeList',
  textResourceBindings: { title: 'signees.title', help: 'signees.help' },
};

describe('SigneeList', () => {
  it('lists each signee with whom they sign for and their status', async () => {
    const { container, user } = renderWithServices([list], createInMemoryFormServices({ signees }), { texts });
    const table = await screen.findByRole('table', { name: 'Hvem skal signere' });
    const [, kari, ola, company] = within(table).getAllByRole('row');
    expect(
      within(kari)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Kari Nordmann', 'Festivalforeningen', expect.stringMatching(/^Signert 1\. mai 2026/)]);
    expect(
      within(ola)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Ola Nordmann', '–', 'Venter på signering']);
    expect(within(company).getAllByRole('cell')[0]).toHaveTextContent('Scenebyggerne AS');
    expect(within(company).getAllByRole('cell')[2]).toHaveTextContent('Varsel om signering kunne ikke sendes');
    await user.click(screen.getByRole('button', { name: 'Hjelp til Hvem skal signere' }));
    expect(screen.getByText('De får beskjed i innboksen.')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('says when nobody is asked to sign', async () => {
    renderWithServices([list], createInMemoryFormServices(), { texts });
    expect(await screen.findByText('Ingen er bedt om å signere ennå.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows an error when the service fails, and the rest of the form still renders', async () => {
    renderWithServices(
      [list, { id: 'other', type: 'Paragraph', textResourceBindings: { title: 'other.text' } }],
      failingServices({}, ['listSignees']),
      { texts },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Vi fikk ikke hentet hvem som skal signere.');
    expect(screen.getByText('Resten')).toBeInTheDocument();
  });
});
