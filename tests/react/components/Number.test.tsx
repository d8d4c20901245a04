import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = { nb: nb({ 'fee.title': 'Gebyr' }) };
const fee = (formatting: unknown, value: unknown = ['dataModel', 'fee']) => ({
  id: 'fee',
  type: 'Number',
  value,
  formatting,
  textResourceBindings: { title: 'fee.title' },
});
const shown = () => screen.getByRole('definition').textContent?.replace(/\s/g, ' ');

describe('Number', () => {
  it('formats a currency in the form language', async () => {
    const { container } = renderForm([fee({ currency: 'NOK' })], { texts, initialData: { fee: 1250.5 } });
    expect(screen.getByRole('term')).toHaveTextContent('Gebyr');
    expect(shown()).toBe('kr 1 250,50');
    await expectNoAxeViolations(container);
  });

  it('puts the currency after the number with position suffix, and speaks English in English', () => {
    renderForm([fee({ currency: 'NOK', position: 'suffix' })], {
      texts: { nb: texts.nb, en: [{ id: 'fee.title', value: 'Fee' }] },
      initialData: { fee: 1250 },
      language: 'en',
    });
    expect(screen.getByRole('term')).toHaveTextContent('Fee');
    expect(shown()).toBe('1,250.00 NOK');
  });

  it('formats a unit and honours explicit number settings', () => {
    renderForm(
      [
        fee({ unit: 'kilometer' }, 12.5),
        {
          id: 'area',
          type: 'Number',
          value: 1234567.891,
          formatting: { number: { thousandSeparator: '.', decimalSeparator: ',', decimalScale: 2, suffix: ' m²' } },
        },
      ],
      { texts },
    );
    expect(shown()).toBe('12,5 km');
    expect(screen.getByText('1.234.567,89 m²')).toBeInTheDocument();
  });

  it('shows nothing for a value that is not a number', () => {
    renderForm([fee({ currency: 'NOK' })], { texts, initialData: { fee: 'mye' } });
    expect(screen.getByRole('definition')).toHaveTextContent(/^$/);
  });
});
