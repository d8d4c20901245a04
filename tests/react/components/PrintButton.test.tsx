import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

describe('PrintButton', () => {
  it('opens the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { container, user } = renderForm([{ id: 'print', type: 'PrintButton' }]);
    await user.click(screen.getByRole('button', { name: 'Skriv ut / lagre som PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
    print.mockRestore();
  });

  it('uses its own title, and English by default in English', () => {
    renderForm([{ id: 'print', type: 'PrintButton', textResourceBindings: { title: 'print.title' } }], {
      texts: { nb: nb({ 'print.title': 'Skriv ut kvitteringen' }) },
    });
    expect(screen.getByRole('button', { name: 'Skriv ut kvitteringen' })).toBeInTheDocument();
  });

  it('speaks English in English', () => {
    renderForm([{ id: 'print', type: 'PrintButton' }], { texts: { nb: [], en: [] }, language: 'en' });
    expect(screen.getByRole('button', { name: 'Print / save as PDF' })).toBeInTheDocument();
  });
});
