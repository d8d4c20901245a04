import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({
    'noise.title': 'Husk støyreglene',
    'noise.body': 'Musikken må være av **senest kl. 23**.',
  }),
};

describe('Alert', () => {
  it('shows a heading and a Markdown body in the severity colour, without interrupting', async () => {
    const { container } = renderForm(
      [
        {
          id: 'noise',
          type: 'Alert',
          severity: 'warning',
          textResourceBindings: { title: 'noise.title', body: 'noise.body' },
        },
      ],
      { texts },
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Husk støyreglene' })).toBeInTheDocument();
    expect(screen.getByText('senest kl. 23').tagName).toBe('STRONG');
    expect(container.querySelector('#noise')).toHaveAttribute('data-color', 'warning');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('shows only the body when there is no title', () => {
    renderForm([{ id: 'ok', type: 'Alert', severity: 'success', textResourceBindings: { body: 'Alt er klart.' } }]);
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
    expect(screen.getByText('Alt er klart.')).toBeInTheDocument();
  });

  it('renders nothing without texts', () => {
    const { container } = renderForm([{ id: 'empty', type: 'Alert', severity: 'danger' }]);
    expect(container.querySelector('#empty')).toBeNull();
  });
});
