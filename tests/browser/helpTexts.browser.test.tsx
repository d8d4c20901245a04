import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { listLayoutSets, loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../src/core/app/source.ts';
import type { LoadedLayoutSet } from '../../src/core/app/types.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { helpTextsForm } from '../../stories/support/helpTextsForm.ts';
import { WCAG_TAGS } from '../support/wcag.ts';

/*
 * Help buttons in real Chromium, with the real style sheets: reached and worked by keyboard, what
 * a screen reader is told, hidden where a Grid cell hides a field's label, and every help text of
 * two real apps' pages shown.
 */

const focused = () => document.activeElement;

async function tabTo(element: Element, limit = 30) {
  for (let presses = 0; presses < limit && focused() !== element; presses++) await userEvent.keyboard('{Tab}');
  expect(focused()).toBe(element);
}

describe('help buttons', () => {
  beforeEach(async () => {
    await page.viewport(1280, 900);
  });

  it('are reached by Tab right after their title, open with Enter and Space, close with Escape, and keep focus', async () => {
    const screen = await render(<SkjemaForm layoutSet={helpTextsForm()} />);
    const button = screen.getByRole('button', { name: 'Hjelp til Navn på arrangementet' });
    const field = screen.getByRole('textbox', { name: 'Navn på arrangementet' });
    const text = document.getElementById(button.element().getAttribute('aria-controls') ?? '');
    expect(text).toHaveTextContent(/^Bruk navnet publikum kjenner igjen/);
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    expect(text).not.toBeVisible();

    await tabTo(button.element());
    await userEvent.keyboard('{Enter}');
    await expect.element(button).toHaveAttribute('aria-expanded', 'true');
    expect(text).toBeVisible();
    expect(focused()).toBe(button.element());

    await userEvent.keyboard(' ');
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    expect(text).not.toBeVisible();

    await userEvent.keyboard(' ');
    await expect.element(button).toHaveAttribute('aria-expanded', 'true');
    // The link in the text comes next, then the field: the text sits in the reading order.
    await userEvent.keyboard('{Tab}');
    expect(focused()).toHaveAccessibleName('eksempler');
    await userEvent.keyboard('{Escape}');
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    expect(focused()).toBe(button.element());
    await userEvent.keyboard('{Tab}');
    expect(focused()).toBe(field.element());
  });

  it('tell a screen reader what they are about and whether they are open, and leave the names of fields and groups alone', async () => {
    const screen = await render(<SkjemaForm layoutSet={helpTextsForm()} />);
    await expect.element(screen.getByRole('heading', { level: 3, name: 'Om arrangementet' })).toBeVisible();
    await expect.element(screen.getByRole('group', { name: 'Type arrangement' })).toBeVisible();
    await expect.element(screen.getByRole('textbox', { name: 'Navn på arrangementet' })).toBeVisible();
    for (const about of [
      'Om arrangementet',
      'Les reglene før du søker.',
      'Type arrangement',
      'Marked',
      'Dato',
      'Post',
    ]) {
      const button = screen.getByRole('button', { name: `Hjelp til ${about}` });
      await expect.element(button).toHaveAttribute('aria-expanded', 'false');
      await button.click();
      await expect.element(button).toHaveAttribute('aria-expanded', 'true');
      const controlled = document.getElementById(button.element().getAttribute('aria-controls') ?? '');
      expect(controlled, about).toBeVisible();
    }
    const results = await axe.run(document.body, { runOnly: { type: 'tag', values: WCAG_TAGS } });
    expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`)).toEqual(
      [],
    );
  });

  it('are at least 24 by 24 px (WCAG 2.5.8) and sit on the line of their title', async () => {
    const screen = await render(<SkjemaForm layoutSet={helpTextsForm()} />);
    const button = screen.getByRole('button', { name: 'Hjelp til Navn på arrangementet' }).element();
    const label = document.querySelector('label[for="name"]')!;
    const box = button.getBoundingClientRect();
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    const labelBox = label.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(labelBox.right);
    expect(box.top).toBeLessThan(labelBox.bottom);
    expect(box.bottom).toBeGreaterThan(labelBox.top);
  });

  it('open an option’s help without choosing the option, though a click elsewhere in the option chooses it', async () => {
    const screen = await render(<SkjemaForm layoutSet={helpTextsForm()} />);
    const market = screen.getByRole('radio', { name: 'Marked' });
    await screen.getByRole('button', { name: 'Hjelp til Marked' }).click();
    await screen.getByText('Med salgsboder eller matvogner.').click();
    await expect.element(market).not.toBeChecked();
    await screen.getByText('Marked', { exact: true }).click();
    await expect.element(market).toBeChecked();
  });

  it('are not shown for a field in a Grid cell, whose label the column heading replaces', async () => {
    const screen = await render(<SkjemaForm layoutSet={helpTextsForm()} />);
    await expect.element(screen.getByRole('textbox', { name: 'Leie av lokale' })).toBeVisible();
    const cell = document.querySelector('[data-componentid="rent"]')!;
    const button = cell.querySelector('.skjema-help-button')!;
    expect(getComputedStyle(button).display).toBe('none');
    // Visually hidden like a lone label in a cell: clipped to one pixel, still the field's name.
    expect(cell.querySelector('.skjema-label')!.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it('puts the help beside the label in a field split into label and input columns (labelGrid)', async () => {
    const screen = await render(<SkjemaForm layoutSet={helpTextsForm()} />);
    const button = screen.getByRole('button', { name: 'Hjelp til Dato' });
    await button.click();
    const input = screen.getByRole('textbox', { name: 'Dato' }).element().getBoundingClientRect();
    const help = document.getElementById(button.element().getAttribute('aria-controls') ?? '')!.getBoundingClientRect();
    // labelGrid md 4 and innerGrid md 8: the help text stays in the label's third, the input beside it.
    expect(help.right).toBeLessThanOrEqual(input.left);
  });
});

/*
 * The frontend test app in its v8 and v9 forms: 8 help texts each (textResourceBindings.help),
 * on an Input twice, a Number, an Option, a Map, an Image, a Paragraph and a hidden-until-answered
 * Input. Every page is rendered with the answers that show everything, and each help text must
 * have its button.
 */
const corpusFiles: Record<string, Record<string, string>> = {
  'frontend-test': import.meta.glob('../../../shared/corpus/frontend-test/App/**/*.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  'frontend-test-v9': import.meta.glob('../../../shared/corpus/frontend-test-v9/App/**/*.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
};

// The answers that open linked-hidden.json's chain of questions to its last field, which has help.
const SHOW_EVERYTHING = {
  LinkedHidden: {
    Value1: 'Ja',
    Value2: 'Ja',
    Value3: 'Ja',
    Value4: 'Ja',
    Value5: 'Ja',
    Value6: 'Nei',
    Value7: 'Fortsett',
    Value8: 'Ja',
    Value9: 'Ja',
  },
};

interface CorpusPage {
  name: string;
  layoutSet: LoadedLayoutSet;
  pageKey: string;
  /** Components on the page with a `help` text binding. */
  helpTexts: number;
}

async function corpusPages(): Promise<CorpusPage[]> {
  const pages: CorpusPage[] = [];
  for (const [app, files] of Object.entries(corpusFiles)) {
    const byAppPath = Object.fromEntries(
      Object.entries(files).map(([path, text]) => [path.slice(path.indexOf(`/${app}/App/`) + app.length + 2), text]),
    );
    if (Object.keys(byAppPath).length === 0)
      throw new Error(`No files for ${app}: is ../shared/corpus beside the checkout?`);
    const source = objectSource(byAppPath);
    for (const { id } of (await listLayoutSets(source)).layoutSets) {
      const { layoutSet } = await loadLayoutSet(source, { layoutSetId: id });
      if (!layoutSet) throw new Error(`${app}/${id} did not load`);
      for (const pageKey of layoutSet.pageOrder) {
        const helpTexts = layoutSet.layouts[pageKey]!.data.layout.filter(
          (component) => (component.textResourceBindings as { help?: unknown } | undefined)?.help !== undefined,
        ).length;
        pages.push({ name: `${app}/${id}/${pageKey}`, layoutSet, pageKey, helpTexts });
      }
    }
  }
  return pages;
}

/** The set opening on `pageKey`, with the page's own `hidden` dropped so it renders. */
function openingOn(layoutSet: LoadedLayoutSet, pageKey: string): LoadedLayoutSet {
  const layout = layoutSet.layouts[pageKey]!;
  const { hidden: _hidden, ...data } = layout.data;
  return {
    ...layoutSet,
    pageOrder: [pageKey, ...layoutSet.pageOrder.filter((key) => key !== pageKey)],
    layouts: { ...layoutSet.layouts, [pageKey]: { ...layout, data } },
  };
}

const corpus = (await corpusPages()).filter((entry) => entry.helpTexts > 0);

describe('the frontend test app (v8 and v9) shows a button for each of its help texts', () => {
  it('has 16 help texts on 10 pages', () => {
    expect(corpus.reduce((sum, entry) => sum + entry.helpTexts, 0)).toBe(16);
    expect(corpus).toHaveLength(10);
  });

  for (const { name, layoutSet, pageKey, helpTexts } of corpus) {
    it(`${name}: ${helpTexts}`, { timeout: 60_000 }, async () => {
      const screen = await render(
        <SkjemaForm layoutSet={openingOn(layoutSet, pageKey)} initialData={SHOW_EVERYTHING} />,
      );
      await expect.element(screen.getByRole('heading', { level: 1 }).first()).toBeVisible();
      // Option help texts have buttons too; these are the components' own.
      const buttons = [...document.querySelectorAll('.skjema-help-button')].filter(
        (button) => !button.closest('.skjema-choice'),
      );
      expect(buttons).toHaveLength(helpTexts);
      for (const button of buttons) {
        expect(button).toBeVisible();
        expect(button.getAttribute('aria-labelledby')).toBeTruthy();
        await userEvent.click(button);
        expect(document.getElementById(button.getAttribute('aria-controls') ?? '')).toBeVisible();
      }
    });
  }
});
