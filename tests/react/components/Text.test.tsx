import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = { nb: nb({ 'name.title': 'Navn på arrangementet', 'name.desc': 'Slik det står i søknaden' }) };
const organiser = {
  id: 'organiser',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'event.organiser' },
  textResourceBindings: { title: 'Arrangør' },
};

describe('Text', () => {
  it('pairs the title with the value from its expression', async () => {
    const { container } = renderForm(
      [
        {
          id: 'event-name',
          type: 'Text',
          value: ['dataModel', 'event.name'],
          textResourceBindings: { title: 'name.title', description: 'name.desc' },
        },
      ],
      { texts, initialData: { event: { name: 'Vårmarked' } } },
    );
    const term = screen.getByRole('term');
    expect(term).toHaveTextContent('Navn på arrangementet');
    expect(term).toHaveTextContent('Slik det står i søknaden');
    expect(screen.getByRole('definition')).toHaveTextContent('Vårmarked');
    await expectNoAxeViolations(container);
  });

  it('follows the data as the user types elsewhere', async () => {
    const { user } = renderForm(
      [
        organiser,
        {
          id: 'shown',
          type: 'Text',
          value: ['concat', 'Arrangør: ', ['dataModel', 'event.organiser']],
        },
      ],
      { texts },
    );
    await user.type(screen.getByRole('textbox', { name: 'Arrangør' }), 'Idrettslaget');
    expect(await screen.findByText('Arrangør: Idrettslaget')).toBeInTheDocument();
  });

  it('shows a literal value without a title, and lays out vertically on request', () => {
    const { container } = renderForm([
      { id: 'plain', type: 'Text', value: 'Bare tekst' },
      { id: 'stacked', type: 'Text', value: 'Under', direction: 'vertical', textResourceBindings: { title: 'Over' } },
    ]);
    expect(screen.getByText('Bare tekst')).toBeInTheDocument();
    expect(container.querySelector('#stacked')).toHaveClass('skjema-value--vertical');
  });

  it('opens the help text from a button named after the title', async () => {
    const { user, container } = renderForm(
      [
        {
          id: 'fee',
          type: 'Text',
          value: '500 kr',
          textResourceBindings: { title: 'Gebyr', help: 'Gebyret dekker **saksbehandlingen**.' },
        },
      ],
      { texts },
    );
    const button = screen.getByRole('button', { name: 'Hjelp til Gebyr' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('saksbehandlingen')).not.toBeVisible();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('saksbehandlingen')).toBeVisible();
    await expectNoAxeViolations(container);
  });
});
