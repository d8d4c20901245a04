import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = { nb: nb({ 'start.title': 'Arrangementet starter' }) };
const start = (format?: string) => ({
  id: 'start',
  type: 'Date',
  value: ['dataModel', 'event.start'],
  format,
  textResourceBindings: { title: 'start.title' },
});

describe('Date', () => {
  it('shows the date as dd.MM.yyyy by default', async () => {
    const { container } = renderForm([start()], { texts, initialData: { event: { start: '2027-05-17' } } });
    expect(screen.getByRole('term')).toHaveTextContent('Arrangementet starter');
    expect(screen.getByRole('definition')).toHaveTextContent('17.05.2027');
    await expectNoAxeViolations(container);
  });

  it('uses Unicode tokens with month and weekday names in the form language', () => {
    renderForm([start('EEEE d. MMMM yyyy')], { texts, initialData: { event: { start: '2027-05-17' } } });
    expect(screen.getByRole('definition')).toHaveTextContent('mandag 17. mai 2027');
  });

  it('accepts moment-style DD/YYYY and times', () => {
    renderForm([start('DD/MM/YYYY HH:mm')], { texts, initialData: { event: { start: '2027-05-17T09:30:00' } } });
    expect(screen.getByRole('definition')).toHaveTextContent('17/05/2027 09:30');
  });

  it('shows a value that is not a date as it is', () => {
    renderForm([start()], { texts, initialData: { event: { start: 'snart' } } });
    expect(screen.getByRole('definition')).toHaveTextContent('snart');
  });
});
