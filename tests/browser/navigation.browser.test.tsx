import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import axe from 'axe-core';
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AltinnApp } from '../../src/react/app/AltinnApp.tsx';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { scriptedApp } from '../../stories/app/scriptedApp.ts';
import { groupedForm, processSteps } from '../../stories/support/navigationForm.ts';
import { WCAG_TAGS } from '../support/wcag.ts';

async function expectAccessible() {
  const results = await axe.run(document.body, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

/** Tabs until `element` has focus; fails after `limit` presses. */
async function tabTo(element: Element, limit = 30) {
  for (let i = 0; i < limit && document.activeElement !== element; i++) await userEvent.tab();
  expect(document.activeElement).toBe(element);
}

/** The names (with their state, as screen readers hear it) of the entries marked current. */
const current = (role: 'page' | 'step') =>
  [...document.querySelectorAll(`nav [aria-current="${role}"] .skjema-appnav-name`)].map((name) => name.textContent);

describe('the app navigation (page groups and process steps) in Chromium', () => {
  afterAll(() => page.viewport(1280, 800));

  it('sits beside the form on a wide screen, and the keyboard moves through it (1280 px)', async () => {
    await page.viewport(1280, 900);
    const screen = await render(
      <SkjemaForm layoutSet={groupedForm()} taskNavigation={{ steps: processSteps }} page="person" />,
    );
    const nav = screen.getByRole('navigation', { name: 'Sider i skjemaet' });
    await expect.element(nav).toBeVisible();
    await expect.element(nav).toHaveTextContent('Steg 2 av 4, Side 2 av 6');
    // Beside the form, not above it.
    const navBox = nav.element().getBoundingClientRect();
    const formBox = document.querySelector('.skjema-form')!.getBoundingClientRect();
    expect(navBox.right).toBeLessThanOrEqual(formBox.left);
    expect(current('step')).toEqual(['Fyll ut søknaden']);
    expect(current('page')).toEqual(['Personopplysninger']);
    // Past steps are not links here (no onOpen), future ones never are.
    expect(screen.getByRole('button', { name: /Utfylling/ }).query()).toBeNull();
    await expect.element(nav).toHaveTextContent('Utfylling (Fullført)');
    await expect.element(nav).toHaveTextContent('Signering (Ikke startet)');
    // The hidden page is not listed until the answer shows it.
    expect(screen.getByRole('button', { name: 'Organisasjon' }).query()).toBeNull();
    await page.screenshot({ path: '../../test-results/navigation/sidebar-1280.png' });
    await expectAccessible();

    const contact = screen.getByRole('button', { name: 'Kontaktinformasjon' });
    await tabTo(contact.element());
    await userEvent.keyboard('{Enter}');
    // Settings ask for no validation on navigation: the page changes, and the title takes focus.
    await expect.element(screen.getByRole('heading', { name: 'Kontaktinformasjon', level: 2 })).toBeVisible();
    expect(current('page')).toEqual(['Kontaktinformasjon (Fullført)']);
    expect(document.activeElement?.tagName).toBe('H1');
    await expect.element(nav).toHaveTextContent('Side 3 av 6');

    await userEvent.click(screen.getByRole('radio', { name: 'Ja' }));
    await expect.element(screen.getByRole('button', { name: 'Organisasjon' })).toBeVisible();
    await expect.element(nav).toHaveTextContent('Side 3 av 7');

    // The other group opens from its button and lists its pages.
    const event = screen.getByRole('button', { name: 'Om arrangementet' });
    await expect.element(event).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(event);
    await expect.element(event).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Tid og sted' }));
    expect(current('page')).toEqual(['Tid og sted']);
  });

  it('marks pages with errors once shown, and completed ones, and blocks a jump forward as Settings ask', async () => {
    await page.viewport(1280, 900);
    const screen = await render(
      <SkjemaForm
        layoutSet={groupedForm({ validationOnNavigation: { page: 'current', show: ['Required'] } })}
        page="person"
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Sider i skjemaet' });
    await userEvent.click(screen.getByRole('button', { name: 'Om arrangementet' }));
    await userEvent.click(screen.getByRole('button', { name: 'Tid og sted' }));
    // The required fields stop the jump; the page and its group say they have errors.
    expect(current('page')).toEqual(['Personopplysninger (Har feil)']);
    await expect.element(screen.getByRole('button', { name: 'Om søkeren (Har feil)' })).toBeVisible();
    await expect.element(screen.getByText('Du må fylle ut navn').first()).toBeVisible();

    await userEvent.fill(screen.getByRole('textbox', { name: 'Navn' }), 'Kari Nordmann');
    await userEvent.fill(screen.getByRole('textbox', { name: 'E-post' }), 'kari@example.no');
    await expect.element(screen.getByRole('button', { name: 'Personopplysninger (Fullført)' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Kontaktinformasjon' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Nei' }));
    // The group the user opened stays open.
    await userEvent.click(screen.getByRole('button', { name: 'Tid og sted' }));
    expect(current('page')).toEqual(['Tid og sted']);
    // Every visible page of the group was visited and has no errors.
    await expect.element(nav.getByRole('button', { name: 'Om søkeren (Fullført)' })).toBeVisible();
    await expectAccessible();
  });

  it('folds into a button saying where the user is on a phone, which opens it (375 px)', async () => {
    await page.viewport(375, 800);
    const screen = await render(
      <SkjemaForm layoutSet={groupedForm()} taskNavigation={{ steps: processSteps }} page="person" />,
    );
    const toggle = screen.getByRole('button', { name: 'Steg 2 av 4, Side 2 av 6: Personopplysninger' });
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Kontaktinformasjon' }).query()).toBeNull();
    await page.screenshot({ path: '../../test-results/navigation/collapsed-375.png' });

    await tabTo(toggle.element());
    await userEvent.keyboard('{Enter}');
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    const contact = screen.getByRole('button', { name: 'Kontaktinformasjon' });
    await expect.element(contact).toBeVisible();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    await page.screenshot({ path: '../../test-results/navigation/open-375.png' });
    await expectAccessible();

    await tabTo(contact.element());
    await userEvent.keyboard('{Enter}');
    // Choosing a page closes the navigation and says where the user is now.
    await expect
      .element(screen.getByRole('button', { name: 'Steg 2 av 4, Side 3 av 6: Kontaktinformasjon' }))
      .toHaveAttribute('aria-expanded', 'false');
    await expect.element(screen.getByRole('heading', { name: 'Kontaktinformasjon', level: 2 })).toBeVisible();
  });

  it('opens a completed step when the host lets it, and shows the steps in English', async () => {
    await page.viewport(1280, 900);
    const opened: string[] = [];
    const screen = await render(
      <SkjemaForm
        layoutSet={groupedForm()}
        language="en"
        taskNavigation={{
          steps: processSteps,
          canOpen: (step) => step.state === 'completed',
          onOpen: (step) => opened.push(step.key),
        }}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Form pages' });
    await expect.element(nav).toHaveTextContent('Step 2 of 4, Page 1 of 6');
    await userEvent.click(nav.getByRole('button', { name: 'Filling in (Completed)' }));
    expect(opened).toEqual(['Task_1']);
    expect(nav.getByRole('button', { name: /Signing/ }).query()).toBeNull();
  });

  it('leaves the page count to the form when Settings ask it to show one (showProgress)', async () => {
    await page.viewport(1280, 900);
    const screen = await render(
      <SkjemaForm layoutSet={groupedForm({ showProgress: true })} taskNavigation={{ steps: processSteps }} />,
    );
    const nav = screen.getByRole('navigation', { name: 'Sider i skjemaet' });
    await expect.element(nav).toHaveTextContent('Steg 2 av 4');
    expect(nav.element().textContent).not.toContain('Side 1 av 6');
    await expect.element(screen.getByText('Side 1 av 6: Før du starter')).toBeVisible();
  });

  it('walks a service of several tasks in <AltinnApp>: the steps beside the confirmation, a completed task read-only', async () => {
    await page.viewport(1280, 900);
    const form = { ...groupedForm(), id: 'form', tasks: ['Task_1'] };
    const script = scriptedApp({
      layoutSets: [form],
      tasks: [
        { id: 'Task_1', type: 'data', layoutSetId: 'form', write: true },
        { id: 'Task_2', type: 'confirmation' },
      ],
      startAt: 1,
      models: { model: { soknad: { name: 'Kari Nordmann' } } },
    });
    const screen = await render(
      <main>
        <AltinnApp connectedApp={script.app} language="nb" showProcessSteps />
      </main>,
    );
    await expect.element(screen.getByRole('heading', { level: 1, name: 'Se over og send inn' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Sider i skjemaet' });
    await expect.element(nav).toHaveTextContent('Steg 2 av 3');
    await page.screenshot({ path: '../../test-results/navigation/app-confirmation-1280.png' });
    await expectAccessible();

    await userEvent.click(nav.getByRole('button', { name: 'Utfylling (Fullført)' }));
    await expect
      .element(screen.getByText('Du ser på et steg som er fullført. Det kan ikke endres lenger.'))
      .toBeVisible();
    await userEvent.click(nav.getByRole('button', { name: 'Om søkeren' }));
    await userEvent.click(nav.getByRole('button', { name: 'Personopplysninger' }));
    const name = screen.getByRole('textbox', { name: /Navn/ });
    await expect.element(name).toHaveValue('Kari Nordmann');
    await expect.element(name).toHaveAttribute('readonly');
    await page.screenshot({ path: '../../test-results/navigation/app-past-task-1280.png' });
    await expectAccessible();

    await userEvent.click(nav.getByRole('button', { name: 'Bekreftelse' }));
    await expect.element(screen.getByRole('heading', { level: 1, name: 'Se over og send inn' })).toBeVisible();
  });
});
