import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({
    'a.title': 'Søker du på vegne av en organisasjon?',
    'a.hint': 'Skriv «x» for å skjule organisasjonsnummeret.',
    'org.title': 'Organisasjonsnummer',
  }),
};

const components: RawComponent[] = [
  {
    id: 'toggle',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'a' },
    textResourceBindings: { title: 'a.title', description: 'a.hint' },
  },
  {
    id: 'org-number',
    type: 'Input',
    required: true,
    hidden: ['equals', ['dataModel', 'a'], 'x'],
    dataModelBindings: { simpleBinding: 'orgNumber' },
    textResourceBindings: { title: 'org.title' },
  },
];

describe('hidden components', () => {
  it('disappear and come back as the data their expression reads changes', async () => {
    const { container, user } = renderForm(components, { texts });
    const toggle = screen.getByRole('textbox', { name: 'Søker du på vegne av en organisasjon?' });
    expect(screen.getByRole('textbox', { name: 'Organisasjonsnummer' })).toBeInTheDocument();
    await user.type(toggle, 'x');
    expect(screen.queryByRole('textbox', { name: 'Organisasjonsnummer' })).not.toBeInTheDocument();
    expect(container.querySelector('[data-componentid="org-number"]')).toBeNull();
    await expectNoAxeViolations(container);
    await user.clear(toggle);
    expect(screen.getByRole('textbox', { name: 'Organisasjonsnummer' })).toBeInTheDocument();
  });

  it('are not rendered at all when hidden from the start', () => {
    renderForm(components, { texts, initialData: { a: 'x' } });
    expect(screen.queryByText('Organisasjonsnummer')).not.toBeInTheDocument();
  });

  it('keep the value the user typed while they were visible', async () => {
    const { user, submitted } = renderForm(components, { texts, withSubmit: true });
    await user.type(screen.getByRole('textbox', { name: 'Organisasjonsnummer' }), '123456789');
    await user.type(screen.getByRole('textbox', { name: 'Søker du på vegne av en organisasjon?' }), 'x');
    expect(await submitted()).toEqual({ a: 'x', orgNumber: '123456789' });
  });
});
