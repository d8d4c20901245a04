import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { FULL_AT_TOP } from '../../src/react/render/light/lightFieldsPart.ts';
import { formOf } from '../../stories/support/formOf.ts';
import { WCAG_TAGS } from '../support/wcag.ts';

/*
 * A long page renders the fields below its top first as light fields, and upgrades them to the
 * full field when the browser is idle (src/react/render/light). Counted: full fields are the
 * ones in Designsystemet's `ds-field` element; light ones use a `div` with its class.
 */
const full = () => document.querySelectorAll('ds-field').length;
const light = () => document.querySelectorAll('div.ds-field').length;

function longForm(count: number, extra: Partial<RawComponent> = {}, tail: RawComponent[] = []) {
  const fields: RawComponent[] = Array.from({ length: count }, (_, index) => ({
    id: `field-${index}`,
    type: 'Input',
    dataModelBindings: { simpleBinding: `fields.f${index}` },
    textResourceBindings: { title: `field-${index}.title` },
    ...extra,
  }));
  const texts = fields.map((field) => ({ id: `${field.id}.title`, value: `Felt ${field.id.slice(6)}` }));
  return formOf([...fields, ...tail], { texts: { nb: texts } });
}

const realIdle = window.requestIdleCallback;
/** Holds the idle upgrades back, so a test sees the light fields for as long as it needs. */
function holdIdle() {
  const waiting: IdleRequestCallback[] = [];
  window.requestIdleCallback = (callback) => waiting.push(callback);
  return {
    /** Runs the held callbacks, and the ones they ask for, until none is left. */
    runAll() {
      for (let callback = waiting.shift(); callback; callback = waiting.shift()) {
        callback({ didTimeout: false, timeRemaining: () => 50 });
      }
    },
  };
}
afterEach(() => {
  window.requestIdleCallback = realIdle;
});

describe('light fields on a long page', () => {
  it('renders the top in full and the rest light, then upgrades all of them when idle', async () => {
    const screen = await render(<SkjemaForm layoutSet={longForm(1000)} />);
    await expect.element(screen.getByRole('textbox', { name: 'Felt 999' })).toBeInTheDocument();
    expect(document.querySelectorAll('input')).toHaveLength(1000);
    expect(full()).toBeLessThanOrEqual(FULL_AT_TOP + 50);
    await expect.poll(full, { timeout: 20000 }).toBe(1000);
    expect(light()).toBe(0);
  }, 60000);

  it('looks the same light as in full, and has the same DOM once upgraded', async () => {
    const screen = await render(<SkjemaForm layoutSet={longForm(200)} />);
    await expect.element(screen.getByRole('textbox', { name: 'Felt 150' })).toBeInTheDocument();
    const wrapper = () => document.querySelector('[data-componentid="field-150"]')!;
    expect(wrapper().querySelector('div.ds-field')).not.toBeNull();
    const rect = (selector: string) => wrapper().querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
    const before = { label: rect('label'), input: rect('input'), box: wrapper().getBoundingClientRect().toJSON() };
    const font = getComputedStyle(wrapper().querySelector('label')!).font;
    const border = getComputedStyle(wrapper().querySelector('input')!).border;
    await expect.poll(full, { timeout: 20000 }).toBe(200);
    expect({ label: rect('label'), input: rect('input'), box: wrapper().getBoundingClientRect().toJSON() }).toEqual(
      before,
    );
    expect(getComputedStyle(wrapper().querySelector('label')!).font).toBe(font);
    expect(getComputedStyle(wrapper().querySelector('input')!).border).toBe(border);
    // The same DOM as a field that was full from the start, but for its id.
    const html = (id: string) => document.querySelector(`[data-componentid="${id}"]`)!.outerHTML.replaceAll(id, 'X');
    expect(html('field-150').replace('Felt 150', 'Felt')).toBe(html('field-5').replace('Felt 5', 'Felt'));
  });

  it('keeps every key typed into a light field while the others upgrade, and upgrades it on blur', async () => {
    const idle = holdIdle();
    const screen = await render(<SkjemaForm layoutSet={longForm(1000)} />);
    const field = screen.getByRole('textbox', { name: 'Felt 500' });
    await expect.element(field).toBeInTheDocument();
    expect(field.element().closest('div.ds-field')).not.toBeNull();
    await userEvent.click(field);
    const typed = 'Kari Nordmann fra Bergen';
    await userEvent.keyboard(typed);
    idle.runAll();
    expect(full()).toBe(999);
    await userEvent.keyboard(' og Oslo');
    const element = document.getElementById('field-500') as HTMLInputElement;
    expect(document.activeElement).toBe(element);
    expect(element.value).toBe(`${typed} og Oslo`);
    await userEvent.click(screen.getByRole('textbox', { name: 'Felt 501' }));
    await expect.poll(full).toBe(1000);
    await expect.element(field).toHaveValue(`${typed} og Oslo`);
    expect(document.getElementById('field-500')?.closest('ds-field')).not.toBeNull();
  }, 60000);

  it('upgrades every light field before the error report shows, and the report links to them', async () => {
    holdIdle();
    const screen = await render(
      <SkjemaForm layoutSet={longForm(120, { required: true }, [{ id: 'submit', type: 'Button' }])} />,
    );
    await expect.element(screen.getByRole('textbox', { name: /Felt 119/ })).toBeInTheDocument();
    expect(light()).toBe(120 - FULL_AT_TOP);
    await userEvent.click(screen.getByRole('button', { name: 'Send inn' }));
    const link = screen.getByRole('link', { name: /felt 100$/i }).first();
    await expect.element(link).toBeVisible();
    expect(light()).toBe(0);
    expect(full()).toBe(120);
    await userEvent.click(link);
    await expect.poll(() => document.activeElement).toBe(document.getElementById('field-100'));
    expect(document.getElementById('field-100')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('passes axe with light fields on the page', async () => {
    holdIdle();
    const screen = await render(<SkjemaForm layoutSet={longForm(80, { required: true })} />);
    await expect.element(screen.getByRole('textbox', { name: /Felt 79/ })).toBeInTheDocument();
    expect(light()).toBe(80 - FULL_AT_TOP);
    const results = await axe.run(document.body, { runOnly: { type: 'tag', values: WCAG_TAGS } });
    expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});

describe('a light field', () => {
  it('follows its hidden expression as the full field does', async () => {
    holdIdle();
    const layoutSet = longForm(60, {});
    const layout = layoutSet.layouts.page1?.data.layout as RawComponent[];
    layout[50] = { ...layout[50]!, hidden: ['equals', ['dataModel', 'fields.f0'], 'skjul'] };
    const screen = await render(<SkjemaForm layoutSet={layoutSet} />);
    const hiding = screen.getByRole('textbox', { name: 'Felt 50' });
    await expect.element(hiding).toBeInTheDocument();
    expect(hiding.element().closest('div.ds-field')).not.toBeNull();
    await userEvent.fill(screen.getByRole('textbox', { name: 'Felt 0' }), 'skjul');
    await expect.element(hiding).not.toBeInTheDocument();
    expect(document.querySelector('[data-componentid="field-50"]')).toBeNull();
    await userEvent.fill(screen.getByRole('textbox', { name: 'Felt 0' }), 'vis');
    await expect.element(hiding).toBeInTheDocument();
  });
});
