import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { loadExampleApp } from '../support/exampleApp.ts';
import { WCAG_TAGS } from '../support/wcag.ts';

async function expectAccessible() {
  const results = await axe.run(document.body, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  return results;
}

describe('SkjemaForm in Chromium', () => {
  it('renders the example app with the Designsystemet theme and Inter, with colour contrast checked by axe', async () => {
    const layoutSet = await loadExampleApp();
    const screen = await render(<SkjemaForm layoutSet={layoutSet} />);
    const next = screen.getByRole('button', { name: 'Neste' });
    await expect.element(next).toBeVisible();
    const button = next.element() as HTMLElement;
    expect(getComputedStyle(button).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(document.querySelector('.skjema-form')!).fontFamily).toMatch(/Inter/);
    const results = await expectAccessible();
    expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
  });

  it('stays usable at phone width: no horizontal scrolling, fields as wide as the screen allows', async () => {
    await page.viewport(375, 740);
    const layoutSet = await loadExampleApp();
    const screen = await render(<SkjemaForm layoutSet={layoutSet} />);
    await expect.element(screen.getByRole('textbox', { name: 'Navn på søker' })).toBeVisible();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(375);
    await expectAccessible();
    await page.viewport(1280, 800);
  });

  it('switches language with the language selector and keeps what was typed', async () => {
    const layoutSet = await loadExampleApp();
    const screen = await render(<SkjemaForm layoutSet={layoutSet} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Navn på søker' }), 'Kari');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    await expect.element(screen.getByRole('button', { name: 'Next' })).toBeVisible();
    const nameField = screen.getByRole('textbox', { name: "Applicant's name" });
    await expect.element(nameField).toHaveValue('Kari');
    expect(document.querySelector('.skjema-form')?.getAttribute('lang')).toBe('en');
  });
});
