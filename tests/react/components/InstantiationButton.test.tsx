import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations, nb } from '../support/renderForm.tsx';
import { renderWithProviders } from '../support/renderWithProviders.tsx';

const name = {
  id: 'name',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'applicant.name' },
  textResourceBindings: { title: 'Navn' },
};
const start = {
  id: 'start',
  type: 'InstantiationButton',
  mapping: { 'applicant.name': 'Soker.Navn', 'applicant.phone': 'Soker.Telefon' },
};

describe('InstantiationButton', () => {
  it('starts an instance prefilled from mapping', async () => {
    const onInstantiate = vi.fn();
    const { user, container } = renderWithProviders([name, start], { server: { onInstantiate } });
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari Nordmann');
    await user.click(screen.getByRole('button', { name: 'Start nytt skjema' }));
    expect(onInstantiate).toHaveBeenCalledWith({ 'Soker.Navn': 'Kari Nordmann' }, { componentId: 'start' });
    await expectNoAxeViolations(container);
  });

  it('uses its own title', () => {
    renderWithProviders([{ ...start, textResourceBindings: { title: 'start.title' } }], {
      texts: { nb: nb({ 'start.title': 'Start søknaden' }) },
      server: { onInstantiate: vi.fn() },
    });
    expect(screen.getByRole('button', { name: 'Start søknaden' })).toBeEnabled();
  });

  it('is disabled with an explanation without a server', () => {
    renderWithProviders([start]);
    const button = screen.getByRole('button', { name: 'Start nytt skjema' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Denne handlingen er ikke tilgjengelig her.');
  });
});
