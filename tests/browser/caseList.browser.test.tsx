import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { CaseList } from '../../src/react/index.ts';
import { sampleLoader } from '../../stories/inbox/sampleCases.ts';
import { WCAG_TAGS } from '../support/wcag.ts';

async function expectAccessible() {
  const results = await axe.run(document.body, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

describe('<CaseList> in Chromium', () => {
  afterEach(async () => {
    await page.viewport(1280, 800);
  });

  it('shows each case with its status, step, who it waits for and what remains, and is accessible', async () => {
    const { load } = sampleLoader();
    const screen = await render(<CaseList load={load} pageSize={10} />);
    await expect.element(screen.getByText('7 saker')).toBeVisible();
    await expect
      .element(screen.getByRole('heading', { name: 'Søknad om arrangementstillatelse, Bryggejazz' }))
      .toBeVisible();
    await expect.element(screen.getByText('3 av 4 sider uten feil · 1 feil gjenstår')).toBeVisible();
    await expect.element(screen.getByText('Venter på bekreftelse fra Sophie Salt')).toBeVisible();
    await expect.element(screen.getByText('Venter på signatur fra Ola Nordmann og Kari Nordmann')).toBeVisible();
    await expect.element(screen.getByText('Venter på tjenesteeier')).toBeVisible();
    await expect.element(screen.getByText('Steg: Behandling')).toBeVisible();
    await expect.element(screen.getByText('Klar til innsending')).toBeVisible();
    await expect.element(screen.getByText('Fullført')).toBeVisible();
    await expectAccessible();
  });

  it('searches after a pause in typing, marks the hit, and says when nothing matches', async () => {
    const { load, requests } = sampleLoader();
    // Well above the gap between typed keys even on a busy machine, so the keys count as one pause.
    const screen = await render(<CaseList load={load} searchDelay={400} />);
    await expect.element(screen.getByText('7 saker')).toBeVisible();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Søk i sakene' }), 'jazz');
    await expect.element(screen.getByText('2 saker')).toBeVisible();
    // One request for the list and one for the search, not one per key.
    expect(requests.map((request) => request.query)).toEqual([undefined, 'jazz']);
    const marks = [...document.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['jazz', 'Jazz']);
    await userEvent.fill(screen.getByRole('searchbox', { name: 'Søk i sakene' }), 'zzz');
    await expect.element(screen.getByText('Ingen saker passer til «zzz».')).toBeVisible();
    await expectAccessible();
  });

  it('pages and switches views, asking for exactly that page', async () => {
    const { load, requests } = sampleLoader();
    const screen = await render(<CaseList load={load} pageSize={3} />);
    await expect.element(screen.getByText('Side 1 av 3')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    await expect.element(screen.getByText('Side 2 av 3')).toBeVisible();
    expect(requests.at(-1)).toMatchObject({ page: 2, pageSize: 3, view: 'all' });
    await userEvent.click(screen.getByText('Arkivert', { exact: true }));
    await expect.element(screen.getByText('2 saker')).toBeVisible();
    expect(requests.at(-1)).toMatchObject({ page: 1, view: 'archived' });
  });

  it('keeps the page the user moved to while the search box was still settling', async () => {
    const { load, requests } = sampleLoader();
    const screen = await render(<CaseList load={load} pageSize={3} searchDelay={150} />);
    await expect.element(screen.getByText('Side 1 av 3')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    await expect.element(screen.getByText('Side 2 av 3')).toBeVisible();
    // Longer than the search delay: nothing typed, so nothing may send the user back to page 1.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect.element(screen.getByText('Side 2 av 3')).toBeVisible();
    expect(requests.map((request) => request.page)).toEqual([1, 2]);
  });

  it('opens a case through onOpen, and shows a failed load with a retry', async () => {
    const opened: string[] = [];
    let fail = true;
    const { load } = sampleLoader();
    const screen = await render(
      <CaseList
        load={(request) => (fail ? Promise.reject(new Error('offline')) : load(request))}
        onOpen={(instance) => opened.push(instance.id)}
      />,
    );
    await expect.element(screen.getByText('Kunne ikke hente sakene dine.')).toBeVisible();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Søknad om arrangementstillatelse, Loppemarked' }));
    expect(opened).toEqual(['501337/00000000-0000-4000-8000-000000000005']);
  });

  it('fits a phone screen and speaks English when asked', async () => {
    await page.viewport(375, 740);
    const screen = await render(<CaseList load={sampleLoader().load} language="en" />);
    await expect.element(screen.getByRole('heading', { name: 'Your cases' })).toBeVisible();
    await expect.element(screen.getByText('Waiting for confirmation from Sophie Salt')).toBeVisible();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(375);
    await expectAccessible();
  });
});
