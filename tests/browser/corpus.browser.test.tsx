import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { listLayoutSets, loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../src/core/app/source.ts';
import type { LoadedLayoutSet } from '../../src/core/app/types.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { WCAG_TAGS } from '../support/wcag.ts';

/*
 * Every reachable page of three real Altinn apps, rendered in Chromium: no crashed component, no
 * unknown type, no axe violation, no component id shown as text, no sideways scrolling at phone
 * width, and every open row editor on the screen. The corpus lives in
 * ../shared beside the checkout (CI puts it there too) and is never copied into the repo. The files
 * come in as text (`?raw`), not as JSON imports, because some have comments or trailing commas that
 * only the app loader accepts; the apps then load through `objectSource` + `loadLayoutSet`, exactly
 * as an embedding page would.
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
  'component-library': import.meta.glob('../../../shared/corpus/component-library/App/**/*.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
};

/**
 * The pages shot at phone and desktop width, into test-results/corpus/ (git-ignored). Nothing in
 * `.ci/run` deletes them (Playwright writes to test-results/e2e), so the CI job keeps them by
 * collecting test-results/ as its artifact after the run.
 */
const SCREENSHOT_PAGES = new Set([
  'frontend-test/changename/form',
  'frontend-test/group/repeating',
  'component-library/ComponentLayouts/RepeatingGroupPage',
  'frontend-test/group/summary',
  'component-library/ComponentLayouts/GridPage',
]);
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };

interface CorpusLayoutSet {
  app: string;
  layoutSet: LoadedLayoutSet;
}

async function loadCorpus(): Promise<CorpusLayoutSet[]> {
  const loaded: CorpusLayoutSet[] = [];
  for (const [app, files] of Object.entries(corpusFiles)) {
    const byAppPath = Object.fromEntries(
      Object.entries(files).map(([path, text]) => [path.slice(path.indexOf(`/${app}/App/`) + app.length + 2), text]),
    );
    if (Object.keys(byAppPath).length === 0)
      throw new Error(`No files for ${app}: is ../shared/corpus beside the checkout?`);
    const source = objectSource(byAppPath);
    const { layoutSets } = await listLayoutSets(source);
    for (const { id } of layoutSets) {
      const { layoutSet, diagnostics } = await loadLayoutSet(source, { layoutSetId: id });
      const errors = diagnostics.filter((problem) => problem.severity === 'error');
      if (!layoutSet || errors.length > 0) throw new Error(`${app}/${id} did not load: ${JSON.stringify(errors)}`);
      loaded.push({ app, layoutSet });
    }
  }
  return loaded;
}

/**
 * The layout set with `page` as the one the form opens on. Its page-level `hidden` is dropped so
 * that pages the app only shows for certain answers are checked too; the other pages stay, so
 * Summary components and links to them still resolve.
 */
function openingOn(layoutSet: LoadedLayoutSet, pageKey: string): LoadedLayoutSet {
  const layout = layoutSet.layouts[pageKey]!;
  const { hidden: _hidden, ...data } = layout.data;
  return {
    ...layoutSet,
    pageOrder: [pageKey, ...layoutSet.pageOrder.filter((key) => key !== pageKey)],
    layouts: { ...layoutSet.layouts, [pageKey]: { ...layout, data } },
  };
}

/**
 * Data with one row in each repeating group and Likert of the set's default model, nested groups
 * inside the first row of their parent: an empty form would leave row tables and row editors unchecked.
 */
function oneRowEach(layoutSet: LoadedLayoutSet): Record<string, unknown> {
  const paths = new Set<string>();
  for (const layout of Object.values(layoutSet.layouts)) {
    for (const component of layout.data.layout) {
      const bindings = component.dataModelBindings as Record<string, unknown> | undefined;
      const binding =
        component.type === 'RepeatingGroup'
          ? bindings?.group
          : component.type === 'Likert'
            ? bindings?.questions
            : undefined;
      const path =
        typeof binding === 'string'
          ? binding
          : (binding as { field?: unknown; dataType?: unknown } | undefined)?.dataType === layoutSet.dataType
            ? (binding as { field?: unknown }).field
            : undefined;
      if (typeof path === 'string') paths.add(path);
    }
  }
  const data: Record<string, unknown> = {};
  for (const path of [...paths].sort((a, b) => a.length - b.length)) {
    const segments = path.split('.');
    let target = data;
    for (const segment of segments.slice(0, -1)) {
      const next = target[segment];
      if (Array.isArray(next)) target = next[0] as Record<string, unknown>;
      else target = (target[segment] ??= {}) as Record<string, unknown>;
    }
    target[segments.at(-1)!] ??= [{}];
  }
  return data;
}

/**
 * Opens the editor of each collapsed row in the page's repeating-group tables (nested ones appear
 * as their parent opens), so the fields inside rows are checked too. Bounded, in case a click
 * cannot open its row (a row that must be valid before another opens).
 */
async function openRowEditors() {
  const tried = new Set<HTMLButtonElement>();
  for (let clicks = 0; clicks < 30; clicks++) {
    const button = [
      ...document.querySelectorAll<HTMLButtonElement>(
        '.skjema-rows-table button[data-row-action="edit"][aria-expanded="false"]',
      ),
    ].find((candidate) => !tried.has(candidate));
    if (!button) return;
    tried.add(button);
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Text on screen that is nothing but a component's id: a label or title the app did not give. A
 * page without a text of its own is named by its key, so ids that are page keys too are left out.
 */
function idsShownAsText(layoutSet: LoadedLayoutSet): string[] {
  const ids = new Set(Object.values(layoutSet.layouts).flatMap((layout) => layout.data.layout.map(({ id }) => id)));
  for (const key of Object.keys(layoutSet.layouts)) ids.delete(key);
  const shown: string[] = [];
  const walker = document.createTreeWalker(document.querySelector('.skjema-form')!, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const value = text.textContent?.trim() ?? '';
    const element = text.parentElement;
    if (!ids.has(value) || !element || element.getClientRects().length === 0) continue;
    if (element.closest('.ds-sr-only, .skjema-visually-hidden')) continue;
    shown.push(`${value} (in <${element.tagName.toLowerCase()}>)`);
  }
  return shown;
}

/** Open row editors that reach past the right edge of the screen. */
function rowEditorsOffScreen(width: number): string[] {
  return [...document.querySelectorAll('.skjema-row-editor')]
    .filter((editor) => editor.getClientRects().length > 0 && editor.getBoundingClientRect().right > width + 0.5)
    .map((editor) => `${editor.id} ends at ${Math.round(editor.getBoundingClientRect().right)} px`);
}

function renderProblems(): string[] {
  const crashed = [...document.querySelectorAll('[data-skjema-error]')].map(
    (element) => `${element.getAttribute('data-skjema-error')} crashed: ${element.textContent}`,
  );
  const unknown = [...document.querySelectorAll('[data-skjema-unknown]')].map(
    (element) => `${element.id} has unknown type ${element.getAttribute('data-skjema-unknown')}`,
  );
  return [...crashed, ...unknown];
}

async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  return results.violations.map(
    ({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/**
 * Chromium paints only the visible part of the test frame, so the frame is made as tall as the
 * page (up to the window the browser project opens) before the shot.
 */
async function screenshotWholePage(width: number, file: string) {
  await page.viewport(width, PHONE.height);
  const height = Math.min(document.documentElement.scrollHeight, 6000);
  await page.viewport(width, height);
  await page.screenshot({ path: `../../test-results/corpus/${file}.png` });
}

const corpus = (await loadCorpus()).map((entry) => ({ ...entry, initialData: oneRowEach(entry.layoutSet) }));
const unknownShots = [...SCREENSHOT_PAGES].filter(
  (name) =>
    !corpus.some(({ app, layoutSet }) => layoutSet.pageOrder.some((key) => name === `${app}/${layoutSet.id}/${key}`)),
);
if (unknownShots.length > 0) throw new Error(`Screenshot pages not in the corpus: ${unknownShots.join(', ')}`);

describe('Altinn apps from the corpus, every page in Chromium', () => {
  // Each test ends at phone width (or wherever it failed); the next starts on the desktop again.
  beforeEach(async () => {
    await page.viewport(DESKTOP.width, DESKTOP.height);
  });

  for (const { app, layoutSet, initialData } of corpus) {
    for (const pageKey of layoutSet.pageOrder) {
      const name = `${app}/${layoutSet.id}/${pageKey}`;
      // Generous: the biggest pages take seconds while the Storybook project runs beside this one.
      it(name, { timeout: 60_000 }, async () => {
        const consoleErrors = vi.spyOn(console, 'error');
        const screen = await render(<SkjemaForm layoutSet={openingOn(layoutSet, pageKey)} initialData={initialData} />);
        await expect.element(screen.getByRole('heading', { level: 1 }).first()).toBeVisible();
        const form = document.querySelector('.skjema-form')!;
        expect(form.querySelector(`[data-componentid]`), 'the page rendered no component').not.toBeNull();
        await openRowEditors();
        const reactErrors = consoleErrors.mock.calls.map((call) => call.map(String).join(' '));
        consoleErrors.mockRestore();
        expect(renderProblems()).toEqual([]);
        expect(reactErrors).toEqual([]);
        expect(await axeViolations()).toEqual([]);
        expect(idsShownAsText(layoutSet), 'component ids shown as text').toEqual([]);
        const file = name.replaceAll('/', '-');
        if (SCREENSHOT_PAGES.has(name)) await screenshotWholePage(DESKTOP.width, `${file}-desktop`);
        await page.viewport(PHONE.width, PHONE.height);
        // Reflow (WCAG 1.4.10), which axe cannot see: only a wide table may scroll, inside its own region.
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways at phone width').toBeLessThanOrEqual(
          PHONE.width,
        );
        // A row being edited fits the screen, even when its table is wider and scrolls in its region.
        expect(rowEditorsOffScreen(PHONE.width)).toEqual([]);
        if (SCREENSHOT_PAGES.has(name)) {
          expect(await axeViolations()).toEqual([]);
          await screenshotWholePage(PHONE.width, `${file}-phone`);
        }
      });
    }
  }
});
