import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import '../../examples/dev/dev.css';
import axe from 'axe-core';
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DevApp, type DevAppProps } from '../../examples/dev/DevApp.tsx';
import type { Diagnostic, LoadedLayoutSet, RawComponent } from '../../src/core/index.ts';
import { formOf } from '../../stories/support/formOf.ts';
import { loadExampleApp } from '../support/exampleApp.ts';
import { WCAG_TAGS } from '../support/wcag.ts';

async function expectAccessible() {
  const results = await axe.run(document.body, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

const noOverflow = () =>
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);

/** One error and seven warnings, with the long unbroken paths and pointers real apps have. */
const diagnostics: Diagnostic[] = [
  ...Array.from({ length: 7 }, (_, i) => ({
    severity: 'warning' as const,
    code: 'schema',
    file: `App/ui/arrangementstillatelse/layouts/søknadOmArrangementstillatelseForOffentligeArrangementer${i}.json`,
    pointer: `/data/layout/${i}/textResourceBindings/description`,
    componentId: `arrangement-beskrivelse-med-veldig-langt-navn-${i}`,
    message: 'Property "descriptionn" is not allowed here; did you mean "description"?',
  })),
  {
    severity: 'error',
    code: 'page-order',
    file: 'App/ui/arrangementstillatelse/Settings.json',
    pointer: '/pages/groups/1/order/3',
    message:
      'Page "oppsummeringAvHeleSøknadenMedAlleVedleggOgKontaktopplysninger" is in the group but has no layout file.',
  },
];

function props(layoutSet: LoadedLayoutSet, extra: Partial<DevAppProps> = {}): DevAppProps {
  return {
    layoutSet,
    tasks: [],
    startTask: null,
    taskLayoutSets: { [layoutSet.id]: layoutSet },
    subformLayoutSets: [],
    diagnostics: [],
    problem: null,
    ...extra,
  };
}

describe('the dev page (npm run start:form) in Chromium', () => {
  afterAll(() => page.viewport(1280, 800));

  for (const width of [375, 1280]) {
    it(`says the form renders and how many problems the app has, wraps them and folds the rest (${width} px)`, async () => {
      await page.viewport(width, 900);
      const screen = await render(<DevApp {...props(await loadExampleApp(), { diagnostics })} />);
      const box = screen.getByRole('region', { name: 'Skjemaet vises. Appen har 1 feil og 7 advarsler.' });
      await expect.element(box).toBeVisible();
      // The error first, then two warnings; the other five behind "Vis 5 til".
      const shown = box.element().querySelectorAll(':scope > ul > li');
      expect([...shown].map((item) => item.textContent?.slice(0, 7))).toEqual(['error: ', 'warning', 'warning']);
      const more = screen.getByText('Vis 5 til');
      await expect.element(more).toBeVisible();
      expect(box.element().querySelector('details')?.open).toBe(false);
      noOverflow();
      await expect.element(screen.getByRole('textbox', { name: /Navn på søker/ })).toBeVisible();
      await page.screenshot({ path: `../../test-results/dev-page/diagnostics-${width}.png` });
      await userEvent.click(more);
      expect(box.element().querySelector('details')?.open).toBe(true);
      await expect.element(screen.getByText(/søknadOmArrangementstillatelseForOffentligeArrangementer6/)).toBeVisible();
      noOverflow();
      await expectAccessible();
    });
  }

  it('says the form cannot render when the app has no usable layout set', async () => {
    await page.viewport(375, 900);
    const screen = await render(
      <DevApp {...props(formOf([]), { layoutSet: null, diagnostics: diagnostics.slice(7) })} />,
    );
    await expect
      .element(screen.getByRole('region', { name: 'Skjemaet kan ikke vises. Appen har 1 feil.' }))
      .toBeVisible();
    expect(screen.getByText(/Vis \d+ til/).query()).toBeNull();
  });

  it('says what it expected and what it found when pointed at the wrong folder', async () => {
    await page.viewport(375, 900);
    const screen = await render(
      <DevApp
        {...props(formOf([]), {
          layoutSet: null,
          problem: { kind: 'no-app', appDir: '/home/kari/prosjekter/min-app/frontend', found: ['README.md', 'src'] },
        })}
      />,
    );
    await expect
      .element(screen.getByRole('heading', { name: 'Fant ingen Altinn-app i /home/kari/prosjekter/min-app/frontend' }))
      .toBeVisible();
    await expect
      .element(screen.getByText('SKJEMA_APP skal peke på mappen som inneholder App/', { exact: false }))
      .toBeVisible();
    await expect.element(screen.getByText('Fant: README.md, src')).toBeVisible();
    noOverflow();
    await page.screenshot({ path: '../../test-results/dev-page/wrong-folder-375.png' });
  });

  it('moves between the tasks of a process with its data kept per data type', async () => {
    await page.viewport(1280, 900);
    const input = (id: string, field: string, title: string, dataType?: string): RawComponent => ({
      id,
      type: 'Input',
      dataModelBindings: { simpleBinding: dataType ? { dataType, field } : field },
      textResourceBindings: { title },
    });
    const first = {
      ...formOf([input('name', 'name', 'Navn'), { id: 'submit', type: 'Button' }]),
      id: 'form',
      tasks: ['Task_1'],
    };
    const second = {
      ...formOf([input('extra', 'note', 'Merknad', 'extra'), input('again', 'name', 'Navn igjen')]),
      id: 'more',
      tasks: ['Task_2'],
    };
    const screen = await render(
      <DevApp
        {...props(first, {
          startTask: 'Task_1',
          tasks: [
            { taskId: 'Task_1', name: 'Utfylling', type: 'data', layoutSetId: 'form' },
            { taskId: 'Task_Sign', type: 'signing' },
            { taskId: 'Task_2', name: 'Mer utfylling', type: 'data', layoutSetId: 'more' },
          ],
          taskLayoutSets: { form: first, more: second },
        })}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Sider i skjemaet' });
    await expect.element(nav).toHaveTextContent('Steg 1 av 3');
    await userEvent.fill(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    // Tasks with pages open from the steps; a signing task without pages does not.
    expect(nav.getByRole('button', { name: /Signering/ }).query()).toBeNull();
    await userEvent.click(nav.getByRole('button', { name: /Mer utfylling/ }));
    await expect.element(screen.getByRole('textbox', { name: 'Navn igjen' })).toHaveValue('Kari');
    await userEvent.fill(screen.getByRole('textbox', { name: 'Merknad' }), 'Med telt');
    await expect.element(nav).toHaveTextContent('Steg 3 av 3');
    await userEvent.click(nav.getByRole('button', { name: /Utfylling \(Fullført\)/ }));
    await expect.element(screen.getByRole('textbox', { name: 'Navn' })).toHaveValue('Kari');
    // Submitting the first task moves on to the next one that has pages, as the process would.
    await userEvent.click(screen.getByRole('button', { name: 'Send inn' }));
    await expect.element(screen.getByRole('textbox', { name: 'Merknad' })).toHaveValue('Med telt');
  });
});
