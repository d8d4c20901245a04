import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb } from '../support/renderForm.tsx';
import { renderWithProviders } from '../support/renderWithProviders.tsx';

const instance = {
  id: '512345/6697de17-18c7-4fb9-a428-d6a414a797ae',
  org: 'ttd',
  lastChanged: '2027-05-17T09:30:12.123456',
  instanceOwner: { partyId: '512345', personNumber: '01017012345', party: { name: 'Kari Nordmann' } },
};
const info = (extra: Record<string, unknown> = {}) => ({
  id: 'info',
  type: 'InstanceInformation',
  textResourceBindings: { title: 'info.title' },
  ...extra,
});
const texts = { nb: nb({ 'info.title': 'Om innsendingen', appOwner: 'Testdepartementet' }) };
const facts = () =>
  Object.fromEntries(
    screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  );

describe('InstanceInformation', () => {
  it('shows date sent, sender, receiver and reference number of the instance', async () => {
    const { container } = renderWithProviders([info()], { texts, instance: { instance } });
    expect(screen.getByRole('heading', { level: 2, name: 'Om innsendingen' })).toBeInTheDocument();
    expect(facts()).toEqual({
      'Dato sendt': '17.05.2027 / 09:30',
      Avsender: '01017012345 – Kari Nordmann',
      Mottaker: 'Testdepartementet',
      Referansenummer: 'd6a414a797ae',
    });
    await expectNoAxeViolations(container);
  });

  it('shows only the elements left on', () => {
    renderWithProviders([info({ elements: { dateSent: false, receiver: false } })], { texts, instance: { instance } });
    expect(Object.keys(facts())).toEqual(['Avsender', 'Referansenummer']);
  });

  it('shows a dash for everything without an instance', () => {
    renderWithProviders([info()], { texts: { nb: [], en: [] }, language: 'en' });
    expect(facts()).toEqual({ 'Date sent': '–', Sender: '–', Receiver: '–', 'Reference number': '–' });
  });

  it('opens its help text from a button beside the title', async () => {
    const { container, user } = renderWithProviders(
      [info({ textResourceBindings: { title: 'info.title', help: 'info.help' } })],
      {
        texts: { nb: nb({ 'info.title': 'Om innsendingen', 'info.help': 'Dette står på kvitteringen.' }) },
        instance: { instance },
      },
    );
    const button = screen.getByRole('button', { name: 'Hjelp til Om innsendingen' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Dette står på kvitteringen.')).not.toBeVisible();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Dette står på kvitteringen.')).toBeVisible();
    await expectNoAxeViolations(container);
  });
});
