import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const components: RawComponent[] = [
  { id: 'header', type: 'Header', size: 'L', textResourceBindings: { title: 'applicant.header' } },
  {
    id: 'applicant-name',
    type: 'Input',
    required: true,
    dataModelBindings: { simpleBinding: 'applicant.name' },
    textResourceBindings: { title: 'applicant.name.title' },
  },
];

const texts = {
  nb: nb({
    appName: 'Søknad om arrangementstillatelse',
    'applicant.header': 'Om søkeren',
    'applicant.name.title': 'Navn på søker',
  }),
  en: nb({
    appName: 'Event permit application',
    'applicant.header': 'About the applicant',
    'applicant.name.title': 'Name of applicant',
  }),
};

const selector = () => screen.getByRole('combobox', { name: 'Språk' });

describe('LanguageSelector', () => {
  it('lists the languages the app has texts for, by name, with the current one chosen', async () => {
    const { container } = renderForm(components, { texts, showLanguageSelector: true });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Norsk (bokmål)', 'Engelsk']);
    expect(selector()).toHaveValue('nb');
    // "Engelsk" is a Norwegian word: a screen reader must read it with the Norwegian voice.
    for (const option of screen.getAllByRole('option')) expect(option.closest('[lang]')).toHaveAttribute('lang', 'nb');
    await expectNoAxeViolations(container);
  });

  it('switches every text, app and built-in, to the chosen language and keeps what the user typed', async () => {
    const onLanguageChange = vi.fn();
    const { container, user } = renderForm(components, { texts, showLanguageSelector: true, onLanguageChange });
    await user.type(screen.getByRole('textbox', { name: 'Navn på søker' }), 'Kari Nordmann');
    await user.selectOptions(selector(), 'Engelsk');
    expect(screen.getByRole('heading', { level: 1, name: 'Event permit application' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'About the applicant' })).toBeInTheDocument();
    expect(screen.getByText('Required fields are marked with *')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name of applicant' })).toHaveValue('Kari Nordmann');
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    expect(container.querySelector('.skjema-form')).toHaveAttribute('lang', 'en');
    expect(onLanguageChange).toHaveBeenLastCalledWith('en');
    await expectNoAxeViolations(container);
  });

  it('is shown when Settings.json asks for it, and only then', () => {
    renderForm(components, { texts, pageSettings: { showLanguageSelector: true } });
    expect(selector()).toBeInTheDocument();
  });

  it('is not shown unless asked for, or when the host turns it off', () => {
    renderForm(components, { texts });
    expect(screen.queryByRole('combobox', { name: 'Språk' })).not.toBeInTheDocument();
    renderForm(components, { texts, pageSettings: { showLanguageSelector: true }, showLanguageSelector: false });
    expect(screen.queryByRole('combobox', { name: 'Språk' })).not.toBeInTheDocument();
  });

  it('is not shown when the app has texts in one language only', () => {
    renderForm(components, { texts: { nb: texts.nb }, showLanguageSelector: true });
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('starts in the language the host gives', () => {
    renderForm(components, { texts, showLanguageSelector: true, language: 'en' });
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    expect(screen.getByRole('heading', { level: 2, name: 'About the applicant' })).toBeInTheDocument();
  });
});
