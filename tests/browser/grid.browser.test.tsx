import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import axe from 'axe-core';
import { afterAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../../stories/support/formOf.ts';
import { textsOf } from '../../stories/support/texts.ts';
import { WCAG_TAGS } from '../support/wcag.ts';

const input = (id: string, grid?: unknown): RawComponent => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: `person.${id}` },
  textResourceBindings: { title: `${id}.title` },
  ...(grid !== undefined && { grid }),
});

const texts = textsOf({
  'first.title': ['Fornavn', 'First name'],
  'last.title': ['Etternavn', 'Last name'],
  'postcode.title': ['Postnummer', 'Postcode'],
  'town.title': ['Poststed', 'Town'],
  'street.title': ['Gateadresse', 'Street address'],
  'flat.title': ['Leilighet', 'Flat'],
  'email.title': ['E-post', 'Email'],
  'phone.title': ['Telefon', 'Phone'],
  'phone.description': ['Vi ringer bare hvis noe er uklart.', 'We only call if something is unclear.'],
  'role.title': ['Rolle', 'Role'],
  'contact.title': ['Kontaktperson', 'Contact person'],
  'contactName.title': ['Navn', 'Name'],
  'contactPhone.title': ['Mobil', 'Mobile'],
  'yes.label': ['Ja', 'Yes'],
  'no.label': ['Nei', 'No'],
  'member.title': ['Er du medlem?', 'Are you a member?'],
});

const layoutSet = formOf(
  [
    input('first', { xs: 12, md: 6 }),
    input('last', { xs: 12, md: 6 }),
    input('postcode', { xs: 6, sm: 4 }),
    input('town', { xs: 6, sm: 8 }),
    input('street', { sm: 8 }),
    input('flat', { sm: 'auto' }),
    input('email'),
    {
      ...input('phone', { labelGrid: { md: 4 }, innerGrid: { md: 8 } }),
      textResourceBindings: { title: 'phone.title', description: 'phone.description' },
      required: true,
      showValidations: ['All'],
    },
    input('role', { innerGrid: { sm: 6 } }),
    {
      id: 'member',
      type: 'RadioButtons',
      dataModelBindings: { simpleBinding: 'person.member' },
      textResourceBindings: { title: 'member.title' },
      options: [
        { value: 'yes', label: 'yes.label' },
        { value: 'no', label: 'no.label' },
      ],
      grid: { labelGrid: { md: 4 }, innerGrid: { md: 8 } },
    },
    {
      id: 'contact',
      type: 'Group',
      textResourceBindings: { title: 'contact.title' },
      children: ['contactName', 'contactPhone'],
      grid: { md: 8 },
    },
    input('contactName', { sm: 6 }),
    input('contactPhone', { sm: 6 }),
  ],
  { texts },
);

function box(element: Element | null): DOMRect {
  if (!element) throw new Error('element not rendered');
  return element.getBoundingClientRect();
}

const component = (id: string) => box(document.querySelector(`[data-componentid="${id}"]`));
const field = (id: string) => box(document.getElementById(id));
const label = (id: string) => box(document.querySelector(`[data-componentid="${id}"] :is(label, legend)`));

/** The width `span` of the 12 columns takes in `container`, the gaps between columns left out. */
function spanWidth(container: Element | null, span: number): number {
  if (!container) throw new Error('container not rendered');
  const width = container.getBoundingClientRect().width;
  const gap = parseFloat(getComputedStyle(container).columnGap);
  return ((width + gap) * span) / 12 - gap;
}

async function renderAt(width: number) {
  await page.viewport(width, 900);
  const screen = await render(<SkjemaForm layoutSet={layoutSet} />);
  await expect.element(screen.getByRole('textbox', { name: 'Fornavn' })).toBeVisible();
  const columns = document.querySelector('.skjema-page > .skjema-columns');
  const group = document.querySelector('#contact .skjema-columns');
  return { screen, span: (n: number) => spanWidth(columns, n), groupSpan: (n: number) => spanWidth(group, n) };
}

async function expectAccessible() {
  const results = await axe.run(document.body, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

// Sub-pixel rounding of flex and grid tracks stays well under a pixel.
const PRECISION = 0;

describe('the Altinn grid property in Chromium', () => {
  afterAll(() => page.viewport(1280, 800));

  it('stacks everything full width on a phone, except what asks for columns at xs (375 px)', async () => {
    const { span, groupSpan } = await renderAt(375);
    for (const id of ['first', 'last', 'street', 'flat', 'email', 'phone', 'role', 'member']) {
      expect(component(id).width, id).toBeCloseTo(span(12), PRECISION);
    }
    expect(component('last').top).toBeGreaterThan(component('first').top);
    expect(component('postcode').width).toBeCloseTo(span(6), PRECISION);
    expect(component('town').width).toBeCloseTo(span(6), PRECISION);
    expect(component('town').top).toBe(component('postcode').top);
    expect(component('town').left).toBeGreaterThan(component('postcode').left);
    // Label above input: the split only starts at md.
    expect(field('phone').top).toBeGreaterThan(label('phone').top);
    expect(field('phone').width).toBeCloseTo(span(12), PRECISION);
    expect(component('contactName').width).toBeCloseTo(groupSpan(12), PRECISION);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(375);
    await expectAccessible();
  });

  it('uses the sm sizes on a tablet (768 px), and md ones still wait', async () => {
    const { span, groupSpan } = await renderAt(768);
    expect(component('first').width).toBeCloseTo(span(12), PRECISION);
    expect(component('last').top).toBeGreaterThan(component('first').top);
    expect(component('postcode').width).toBeCloseTo(span(4), PRECISION);
    expect(component('town').width).toBeCloseTo(span(8), PRECISION);
    expect(component('town').top).toBe(component('postcode').top);
    // street takes 8 columns; flat ("auto") the rest of the row.
    expect(component('street').width).toBeCloseTo(span(8), PRECISION);
    expect(component('flat').top).toBe(component('street').top);
    expect(component('flat').width).toBeCloseTo(span(4), PRECISION);
    expect(component('email').width).toBeCloseTo(span(12), PRECISION);
    // innerGrid alone narrows the input under its full-width label.
    expect(field('role').width).toBeCloseTo(span(6), PRECISION);
    expect(label('role').width).toBeCloseTo(span(12), PRECISION);
    expect(field('phone').top).toBeGreaterThan(label('phone').top);
    // Inside a group the columns are the group's own.
    expect(component('contactName').width).toBeCloseTo(groupSpan(6), PRECISION);
    expect(component('contactPhone').top).toBe(component('contactName').top);
    expect(component('contactPhone').left).toBeGreaterThan(component('contactName').left);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(768);
    await expectAccessible();
  });

  it('puts md halves side by side and labels beside their inputs on a desktop (1280 px)', async () => {
    const { span } = await renderAt(1280);
    const first = component('first');
    const last = component('last');
    expect(first.width).toBeCloseTo(span(6), PRECISION);
    expect(last.width).toBeCloseTo(span(6), PRECISION);
    expect(last.top).toBe(first.top);
    expect(last.left).toBeCloseTo(first.left + span(6) + (span(12) - 2 * span(6)), PRECISION);
    // md inherits sm: postcode and town keep 4 + 8.
    expect(component('postcode').width).toBeCloseTo(span(4), PRECISION);
    expect(component('town').width).toBeCloseTo(span(8), PRECISION);
    // The phone label takes 4 columns and its input the 8 beside it, on the same line.
    const phone = component('phone');
    expect(label('phone').width).toBeCloseTo(span(4), PRECISION);
    expect(field('phone').width).toBeCloseTo(span(8), PRECISION);
    expect(field('phone').left).toBeCloseTo(phone.left + span(12) - span(8), PRECISION);
    expect(field('phone').top).toBeLessThan(label('phone').top + 10);
    // The description stays under the label; the error goes under the input.
    const description = box(document.querySelector('[data-componentid="phone"] [data-field="description"]'));
    expect(description.left).toBe(phone.left);
    expect(description.top).toBeLessThan(field('phone').top + field('phone').height);
    const error = box(document.querySelector('[data-componentid="phone"] [data-field="validation"]'));
    expect(error.left).toBeCloseTo(field('phone').left, PRECISION);
    expect(error.top).toBeGreaterThan(field('phone').top);
    // The radio group's legend sits beside its options and still names the group.
    const member = component('member');
    expect(label('member').width).toBeCloseTo(span(4), PRECISION);
    const firstOption = box(document.querySelector('[data-componentid="member"] input[type="radio"]'));
    expect(firstOption.left).toBeGreaterThanOrEqual(member.left + span(4));
    await expect.element(page.getByRole('group', { name: 'Er du medlem?' })).toBeVisible();
    // A container takes its own share too, and its children divide that share.
    expect(component('contact').width).toBeCloseTo(span(8), PRECISION);
    const group = document.querySelector('#contact .skjema-columns');
    expect(component('contactName').width).toBeCloseTo(spanWidth(group, 6), PRECISION);
    await expectAccessible();
  });

  it('leaves the width of a field in a table cell to its column', async () => {
    await page.viewport(1280, 900);
    const table = formOf(
      [
        {
          id: 'costs',
          type: 'Grid',
          rows: [
            { header: true, cells: [{ text: 'first.title' }, { text: 'last.title' }] },
            { cells: [{ labelFrom: 'rent' }, { component: 'rent' }] },
          ],
        },
        input('rent', { md: 6, labelGrid: { md: 4 }, innerGrid: { md: 6 } }),
      ],
      { texts },
    );
    const screen = await render(<SkjemaForm layoutSet={table} />);
    await expect.element(screen.getByRole('table')).toBeVisible();
    const cell = document.getElementById('rent')!.closest('td')!;
    const padding = parseFloat(getComputedStyle(cell).paddingLeft) + parseFloat(getComputedStyle(cell).paddingRight);
    expect(field('rent').width).toBeCloseTo(cell.getBoundingClientRect().width - padding, PRECISION);
  });

  it('keeps the reading order of the layout in the DOM', async () => {
    await renderAt(1280);
    const order = [...document.querySelectorAll('[data-componentid]')].map((element) =>
      element.getAttribute('data-componentid'),
    );
    expect(order).toEqual([
      'first',
      'last',
      'postcode',
      'town',
      'street',
      'flat',
      'email',
      'phone',
      'role',
      'member',
      'contact',
      'contactName',
      'contactPhone',
    ]);
  });
});
