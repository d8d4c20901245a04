import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';
import { renderWithProviders } from '../support/renderWithProviders.tsx';

const texts = { nb: nb({ 'summary.submit': 'Send søknaden', 'name.title': 'Navn på arrangementet' }) };
const name = {
  id: 'event-name',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'event.name' },
  textResourceBindings: { title: 'name.title' },
};

describe('Button (submit)', () => {
  it('is titled "Send inn" by default and hands the data model to onSubmit', async () => {
    const { container, user, onSubmit } = renderForm([name, { id: 'submit', type: 'Button' }], {
      texts,
      initialData: { event: { name: 'Vårmarked' } },
    });
    await expectNoAxeViolations(container);
    await user.type(screen.getByRole('textbox', { name: 'Navn på arrangementet' }), ' på torget');
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const [data, allModels] = onSubmit.mock.calls[0];
    expect(data).toEqual({ event: { name: 'Vårmarked på torget' } });
    expect(allModels).toEqual({ model: { event: { name: 'Vårmarked på torget' } } });
  });

  it('uses its own title from the text resources', async () => {
    const { user, onSubmit } = renderForm(
      [{ id: 'submit', type: 'Button', mode: 'submit', textResourceBindings: { title: 'summary.submit' } }],
      { texts },
    );
    expect(screen.queryByRole('button', { name: 'Send inn' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send søknaden' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('can be pressed with the keyboard', async () => {
    const { user, onSubmit } = renderForm([{ id: 'submit', type: 'Button' }], { texts });
    await user.tab();
    expect(screen.getByRole('button', { name: 'Send inn' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('speaks the form language: "Submit" in English', () => {
    renderForm([{ id: 'submit', type: 'Button' }], { texts: { nb: [], en: [] }, language: 'en' });
    expect(screen.getByRole('button', { name: 'Submit' })).toBeInTheDocument();
  });
});

describe('Button (save and instantiate modes, layout)', () => {
  it('saves the data through onSave', async () => {
    const onSave = vi.fn();
    const { user } = renderWithProviders([name, { id: 'save', type: 'Button', mode: 'save' }], {
      texts,
      initialData: { event: { name: 'Vårmarked' } },
      server: { onSave },
    });
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(onSave).toHaveBeenCalledWith(
      { event: { name: 'Vårmarked' } },
      { model: { event: { name: 'Vårmarked' } } },
      { componentId: 'save' },
    );
  });

  it('instantiates with the mapping as prefill', async () => {
    const onInstantiate = vi.fn();
    const { user } = renderWithProviders(
      [name, { id: 'start', type: 'Button', mode: 'instantiate', mapping: { 'event.name': 'Navn' } }],
      { texts, initialData: { event: { name: 'Vårmarked' } }, server: { onInstantiate } },
    );
    await user.click(screen.getByRole('button', { name: 'Start nytt skjema' }));
    expect(onInstantiate).toHaveBeenCalledWith({ Navn: 'Vårmarked' }, { componentId: 'start' });
  });

  it('is disabled with an explanation when save has no server', async () => {
    const { container } = renderWithProviders([{ id: 'save', type: 'Button', mode: 'save' }], { texts });
    const button = screen.getByRole('button', { name: 'Lagre' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Denne handlingen er ikke tilgjengelig her.');
    await expectNoAxeViolations(container);
  });

  it('applies size, full width, text alignment and position', () => {
    renderForm([{ id: 'submit', type: 'Button', size: 'lg', fullWidth: true, textAlign: 'left', position: 'center' }], {
      texts,
    });
    const button = screen.getByRole('button', { name: 'Send inn' });
    expect(button).toHaveAttribute('data-size', 'lg');
    expect(button).toHaveClass('skjema-button--full-width', 'skjema-button--text-left');
    expect(button.parentElement).toHaveClass('skjema-action--center');
  });
});
