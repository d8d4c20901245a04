import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
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

describe('SigneeList in a summary', () => {
  const summaryPages = (summary: Record<string, unknown> = {}) => ({
    review: [{ id: 'summary', type: 'Summary2', ...summary }],
    signing: [{ ...list, textResourceBindings: { title: 'signees.title', summaryTitle: 'signees.summary' } }],
  });
  const summaryTexts = { nb: nb({ 'signees.title': 'Hvem skal signere', 'signees.summary': 'Signaturer' }) };

  it('is listed by default under its summaryTitle: each signee, for whom, and their status; nothing to change', async () => {
    const { container } = renderWithServices([], createInMemoryFormServices({ signees }), {
      pages: summaryPages(),
      texts: summaryTexts,
    });
    expect(screen.getByRole('term')).toHaveTextContent('Signaturer');
    const entries = await within(screen.getByRole('definition')).findAllByRole('listitem');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      expect.stringMatching(/^Kari NordmannPå vegne av FestivalforeningenSignert 1\. mai 2026/),
      'Ola NordmannVenter på signering',
      'Scenebyggerne ASVarsel om signering kunne ikke sendes',
    ]);
    expect(screen.queryByRole('button', { name: /Endre/ })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says when nobody is asked to sign, and is left out by an override', async () => {
    const { unmount } = renderWithServices([], createInMemoryFormServices(), {
      pages: summaryPages(),
      texts: summaryTexts,
    });
    expect(await within(screen.getByRole('definition')).findByText('Ingen er bedt om å signere ennå.')).toBeVisible();
    unmount();
    renderWithServices([], createInMemoryFormServices({ signees }), {
      pages: summaryPages({ overrides: [{ componentType: 'SigneeList', hidden: true }] }),
      texts: summaryTexts,
    });
    expect(screen.queryByRole('term')).not.toBeInTheDocument();
  });

  it('shows the error in its line when the service fails', async () => {
    renderWithServices([], failingServices({}, ['listSignees']), { pages: summaryPages(), texts: summaryTexts });
    expect(await within(screen.getByRole('definition')).findByRole('alert')).toHaveTextContent(
      'Vi fikk ikke hentet hvem som skal signere.',
    );
  });
});
