import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations, nb } from '../support/renderForm.tsx';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { renderWithProviders } from '../support/renderWithProviders.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

describe('ActionButton', () => {
  it('performs its process action through onAction, showing progress meanwhile', async () => {
    let finish: () => void = () => {};
    const onAction = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { user, container } = renderWithProviders(
      [{ id: 'sign', type: 'ActionButton', action: 'sign', buttonStyle: 'primary' }],
      {
        server: { onAction },
      },
    );
    const button = screen.getByRole('button', { name: 'Signer' });
    expect(button).toHaveAttribute('data-variant', 'primary');
    await expectNoAxeViolations(container);
    await user.click(button);
    expect(onAction).toHaveBeenCalledWith('sign', { componentId: 'sign' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    await user.click(button);
    expect(onAction).toHaveBeenCalledTimes(1);
    finish();
    await vi.waitFor(() => expect(button).not.toHaveAttribute('aria-busy', 'true'));
  });

  it('performs its process action through the provided form services, naming the button', async () => {
    const services = createInMemoryFormServices();
    const performTaskAction = vi.spyOn(services, 'performTaskAction').mockResolvedValue(undefined);
    const { user } = renderWithServices([{ id: 'reject-button', type: 'ActionButton', action: 'reject' }], services);
    await user.click(screen.getByRole('button', { name: 'Avvis' }));
    expect(performTaskAction).toHaveBeenCalledWith('reject', { buttonId: 'reject-button' });
  });

  it('uses its own title', () => {
    renderWithProviders(
      [
        {
          id: 'ok',
          type: 'ActionButton',
          action: 'confirm',
          buttonStyle: 'secondary',
          textResourceBindings: { title: 'ok.title' },
        },
      ],
      { texts: { nb: nb({ 'ok.title': 'Bekreft opplysningene' }) }, server: { onAction: vi.fn() } },
    );
    expect(screen.getByRole('button', { name: 'Bekreft opplysningene' })).toHaveAttribute('data-variant', 'secondary');
  });

  it('is disabled and explains why when the app has no onAction', async () => {
    const { container } = renderWithProviders([
      { id: 'reject', type: 'ActionButton', action: 'reject', buttonStyle: 'secondary' },
    ]);
    const button = screen.getByRole('button', { name: 'Avvis' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Denne handlingen er ikke tilgjengelig her.');
    await expectNoAxeViolations(container);
  });

  it('speaks English in English', () => {
    renderWithProviders([{ id: 'ok', type: 'ActionButton', action: 'confirm', buttonStyle: 'primary' }], {
      texts: { nb: [], en: [] },
      language: 'en',
    });
    expect(screen.getByRole('button', { name: 'Confirm' })).toHaveAccessibleDescription(
      'This action is not available here.',
    );
  });
});
