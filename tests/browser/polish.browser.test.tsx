import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import { afterAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../src/core/app/source.ts';
import type { LoadedLayoutSet, RawComponent } from '../../src/core/index.ts';
import { createInMemoryFormServices } from '../../src/core/services/inMemoryFormServices.ts';
import { FormServicesProvider } from '../../src/react/context/FormServices.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../../stories/support/formOf.ts';
import { standEntries, standsSubform, standTexts } from '../../stories/support/standSubform.ts';
import { textsOf } from '../../stories/support/texts.ts';

/*
 * What a designer checks by eye, measured in Chromium at a phone's width (375 px) and a desktop's
 * (1280 px): buttons start at the same left edge, summaries draw one rule between the items they
 * show and none for what they leave out, no component id is ever shown as text, and no page is
 * wider than the screen, not even with a repeating group's row open. Each case leaves a screenshot
 * in test-results/polish/ (git-ignored; CI keeps test-results/ as its artifact).
 */
const WIDTHS = [375, 1280] as const;

const examplePath = '../../examples/event-permit/';
const exampleFiles = import.meta.glob('../../examples/event-permit/App/**/*.json', { eager: true, import: 'default' });
const example = await loadLayoutSet(
  objectSource(
    Object.fromEntries(Object.entries(exampleFiles).map(([path, json]) => [path.slice(examplePath.length), json])),
  ),
);
if (!example.layoutSet) throw new Error('The example app did not load');
const exampleApp: LoadedLayoutSet = example.layoutSet;

function box(element: Element | null): DOMRect {
  if (!element) throw new Error('element not rendered');
  return element.getBoundingClientRect();
}

/** Waits for the form, then makes the frame as tall as the page so the screenshot shows all of it. */
async function shoot(width: number, name: string) {
  await page.viewport(width, 800);
  const height = Math.min(Math.max(document.documentElement.scrollHeight, 200), 6000);
  await page.viewport(width, height);
  await page.screenshot({ path: `../../test-results/polish/${name}-${width}.png` });
  await page.viewport(width, 800);
}

function expectNoSidewaysScrolling(width: number) {
  expect(document.documentElement.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(width);
}

afterAll(() => page.viewport(1280, 800));

describe('no page is wider than the screen', () => {
  const filled = {
    applicant: { type: 'organisation', name: 'Grünerløkka Velforening', orgNumber: '912345678' },
    event: { name: 'Vårmarked på Olaf Ryes plass', category: 'market', date: '17.05.2027', attendees: 1500 },
  };
  for (const width of WIDTHS) {
    for (const pageKey of exampleApp.pageOrder) {
      it(`example app, page ${pageKey}, at ${width} px`, async () => {
        await page.viewport(width, 800);
        const screen = await render(<SkjemaForm layoutSet={exampleApp} initialData={filled} page={pageKey} />);
        await expect.element(screen.getByRole('heading', { level: 1 })).toBeVisible();
        expectNoSidewaysScrolling(width);
        await shoot(width, `example-${pageKey}`);
      });
    }
  }

  const texts = textsOf({
    'stands.title': ['Boder på markedet', 'Stalls at the market'],
    'name.title': ['Navn på boden', 'Name of the stall'],
    'org.title': ['Organisasjonsnummer', 'Organisation number'],
    'contact.title': ['Kontaktpersonens telefonnummer', 'Contact phone number'],
    'kind.title': ['Hva slags virksomhet driver boden?', 'What does the stall do?'],
    'size.title': ['Størrelse i kvadratmeter', 'Size in square metres'],
    'power.title': ['Trenger strømtilkobling', 'Needs electricity'],
    'food.label': ['Matservering', 'Food'],
    'crafts.label': ['Håndverk og brukskunst', 'Crafts'],
  });
  const field = (id: string, type = 'Input'): RawComponent => ({
    id,
    type,
    dataModelBindings: { simpleBinding: `stands.${id}` },
    textResourceBindings: { title: `${id}.title` },
  });
  const stands = formOf(
    [
      {
        id: 'stands',
        type: 'RepeatingGroup',
        dataModelBindings: { group: 'stands' },
        textResourceBindings: { title: 'stands.title' },
        children: ['name', 'org', 'contact', 'kind', 'size', 'power'],
      },
      field('name'),
      field('org'),
      field('contact'),
      {
        ...field('kind', 'RadioButtons'),
        options: [
          { value: 'food', label: 'food.label' },
          { value: 'crafts', label: 'crafts.label' },
        ],
      },
      field('size'),
      field('power'),
    ],
    { texts },
  );
  const rows = {
    stands: [
      { altinnRowId: 'a', name: 'Vaffelbua', org: '912345678', contact: '22334455', kind: 'food', size: '12' },
      { altinnRowId: 'b', name: 'Strikkestua', org: '987654321', contact: '99887766', kind: 'crafts', size: '6' },
    ],
  };

  for (const width of WIDTHS) {
    it(`keeps an open row editor of a six-column group on the screen at ${width} px`, async () => {
      await page.viewport(width, 800);
      const screen = await render(<SkjemaForm layoutSet={stands} initialData={rows} />);
      await screen.getByRole('button', { name: /Endre.*rad 1/ }).click();
      await expect.element(screen.getByRole('textbox', { name: 'Navn på boden' })).toBeVisible();
      expectNoSidewaysScrolling(width);
      const editor = box(document.querySelector('.skjema-row-editor'));
      expect(editor.left).toBeGreaterThanOrEqual(0);
      expect(editor.right, 'the row editor is wider than the screen').toBeLessThanOrEqual(width);
      for (const button of document.querySelectorAll('.skjema-row-editor button')) {
        expect(box(button).right, `${button.textContent} is off the screen`).toBeLessThanOrEqual(width);
      }
      await shoot(width, 'repeating-group-row-open');
    });
  }
});

describe('buttons start at the same left edge', () => {
  const texts = textsOf({
    'group.title': ['Hva vil du gjøre?', 'What do you want to do?'],
    'right.title': ['Til høyre', 'To the right'],
  });
  const buttons = formOf([], {
    texts,
    pages: {
      first: [{ id: 'nav-first', type: 'NavigationButtons', showBackButton: true }],
      buttons: [
        { id: 'submit', type: 'Button' },
        { id: 'print', type: 'PrintButton' },
        { id: 'start', type: 'InstantiationButton' },
        { id: 'sign', type: 'ActionButton', action: 'sign', buttonStyle: 'primary' },
        { id: 'preview', type: 'PDFPreviewButton', buttonStyle: 'secondary' },
        {
          id: 'choices',
          type: 'ButtonGroup',
          textResourceBindings: { title: 'group.title' },
          children: ['print-too', 'go'],
        },
        { id: 'print-too', type: 'PrintButton' },
        { id: 'go', type: 'CustomButton', actions: [{ type: 'ClientAction', id: 'nextPage' }] },
        { id: 'right', type: 'Button', position: 'right', textResourceBindings: { title: 'right.title' } },
        { id: 'nav', type: 'NavigationButtons', showBackButton: true },
      ],
      last: [{ id: 'nav-last', type: 'NavigationButtons', showBackButton: true }],
    },
  });

  for (const width of WIDTHS) {
    it(`lines up every kind of button, primary first, at ${width} px`, async () => {
      await page.viewport(width, 800);
      const screen = await render(<SkjemaForm layoutSet={buttons} page="buttons" />);
      await expect.element(screen.getByRole('button', { name: 'Neste' }).first()).toBeVisible();
      const edge = box(document.querySelector('.skjema-page')).left;
      for (const id of ['submit', 'print', 'start', 'sign', 'preview', 'choices', 'nav']) {
        const first = document.querySelector(`[data-componentid="${id}"] button`);
        expect(box(first).left, `${id} starts elsewhere`).toBeCloseTo(edge, 0);
      }
      // Side by side in a group and in the navigation, the primary one first.
      const [print, go] = [...document.querySelectorAll('[data-componentid="choices"] button')].map(box);
      expect(go.left).toBeGreaterThan(print.right);
      expect(go.top).toBe(print.top);
      const navigation = [...document.querySelectorAll('#nav button')];
      expect(navigation.map((button) => button.textContent)).toEqual(['Neste', 'Tilbake']);
      expect(box(navigation[1]).left).toBeGreaterThan(box(navigation[0]).right);
      // `position: right` is the one button that asks to sit elsewhere.
      const right = box(document.querySelector('[data-componentid="right"] button'));
      expect(right.right).toBeCloseTo(box(document.querySelector('.skjema-page')).right, 0);
      expectNoSidewaysScrolling(width);
      await shoot(width, 'buttons');
    });
  }
});

/** Whether a border shows: it has a width, a style and a colour one can see. */
function shows(width: string, style: string, color: string): boolean {
  return (
    parseFloat(width) > 0 && style !== 'none' && style !== 'hidden' && !/^rgba\(.*,\s*0\)$|^transparent$/.test(color)
  );
}

/** The horizontal rules drawn in `root` (top and bottom borders, not those of controls), as the y of each. */
function rulesIn(root: Element): number[] {
  const lines: number[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (element.getClientRects().length === 0 || element.matches('button, input, select, textarea')) continue;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    if (shows(style.borderBottomWidth, style.borderBottomStyle, style.borderBottomColor)) lines.push(rect.bottom);
    if (shows(style.borderTopWidth, style.borderTopStyle, style.borderTopColor)) lines.push(rect.top);
  }
  return lines.sort((a, b) => a - b);
}

describe('summaries draw one rule between the items they show', () => {
  const texts = textsOf({
    'name.title': ['Navn', 'Name'],
    'town.title': ['Poststed', 'Town'],
    'secret.title': ['Hemmelig', 'Secret'],
    'extras.title': ['Tillegg', 'Extras'],
    'extra.title': ['Ekstra', 'Extra'],
    'guests.title': ['Gjester', 'Guests'],
    'guest.title': ['Gjestens navn', "Guest's name"],
    'review.title': ['Oppsummering', 'Summary'],
  });
  const input = (id: string, extra: Partial<RawComponent> = {}): RawComponent => ({
    id,
    type: 'Input',
    dataModelBindings: { simpleBinding: id },
    textResourceBindings: { title: `${id}.title` },
    ...extra,
  });
  const summaries = formOf([], {
    texts,
    pages: {
      review: [
        { id: 'review-header', type: 'Header', size: 'M', textResourceBindings: { title: 'review.title' } },
        // Both have nothing to show: no box, no rule.
        { id: 'summary-secret', type: 'Summary', componentRef: 'secret' },
        { id: 'summary-extras', type: 'Summary', componentRef: 'extras' },
        { id: 'summary-name', type: 'Summary', componentRef: 'name' },
        { id: 'summary-town', type: 'Summary', componentRef: 'town' },
        { id: 'summary-guests', type: 'Summary', componentRef: 'guests', largeGroup: true },
        { id: 'summary2-form', type: 'Summary2', target: { type: 'page', id: 'form' } },
        { id: 'summary2-stands', type: 'Summary2', target: { type: 'component', id: 'stands' } },
      ],
      form: [
        input('name'),
        input('town'),
        input('secret', { hidden: true }),
        { id: 'extras', type: 'Group', textResourceBindings: { title: 'extras.title' }, children: ['extra'] },
        input('extra', { hidden: ['equals', ['dataModel', 'name'], 'Kari'] }),
        {
          id: 'guests',
          type: 'RepeatingGroup',
          dataModelBindings: { group: 'guests' },
          textResourceBindings: { title: 'guests.title' },
          children: ['guest'],
        },
        { ...input('guest'), dataModelBindings: { simpleBinding: 'guests.guest' } },
      ],
      stands: [standsSubform()],
    },
  });
  const data = {
    name: 'Kari',
    town: 'Molde',
    guests: [
      { altinnRowId: 'g1', guest: 'Ola' },
      { altinnRowId: 'g2', guest: 'Per' },
    ],
  };
  const layoutSet = { ...summaries, texts: { nb: [...summaries.texts.nb!, ...standTexts.nb] } };

  for (const width of WIDTHS) {
    it(`shows nothing for hidden and empty items and one rule between the rest at ${width} px`, async () => {
      await page.viewport(width, 800);
      const services = createInMemoryFormServices({ subformEntries: { stand: standEntries() } });
      const screen = await render(
        <FormServicesProvider services={services}>
          <SkjemaForm layoutSet={layoutSet} initialData={data} />
        </FormServicesProvider>,
      );
      await expect.element(screen.getByRole('cell', { name: 'Vaffelbua' })).toBeVisible();
      expect(document.getElementById('summary-secret')).toBeNull();
      expect(document.getElementById('summary-extras')).toBeNull();
      const pageElement = document.querySelector('.skjema-page')!;
      const items = [...pageElement.querySelectorAll('.skjema-summary-field')].map(box);
      expect(items.length).toBe(9);
      const rules = [...document.querySelectorAll('.skjema-summary')].flatMap(rulesIn);
      // The summary table of the subform has its own cell borders; only lines outside tables count.
      const tables = [...pageElement.querySelectorAll('table')].map(box);
      const outside = rules.filter((y) => !tables.some((table) => y >= table.top - 1 && y <= table.bottom + 1));
      const between = (top: number, bottom: number) => outside.filter((y) => y > top && y < bottom + 1).length;
      expect(between(box(document.querySelector('.skjema-page h2')).bottom, items[0].top), 'before the first').toBe(0);
      for (let index = 1; index < items.length; index++) {
        const previous = items[index - 1];
        expect(between(previous.top + previous.height / 2, items[index].top), `before item ${index + 1}`).toBe(1);
      }
      await shoot(width, 'summary');
    });

    it(`lets the summary of subform entries take the full width at ${width} px`, async () => {
      await page.viewport(width, 800);
      const services = createInMemoryFormServices({ subformEntries: { stand: standEntries() } });
      const screen = await render(
        <FormServicesProvider services={services}>
          <SkjemaForm layoutSet={layoutSet} initialData={data} />
        </FormServicesProvider>,
      );
      await expect.element(screen.getByRole('cell', { name: 'Vaffelbua' })).toBeVisible();
      const value = box(document.querySelector('#summary2-stands .skjema-summary-value'));
      const table = box(document.querySelector('#summary2-stands table'));
      expect(table.width).toBeCloseTo(value.width, 0);
      expectNoSidewaysScrolling(width);
    });
  }
});

describe('a component without a title shows no label, never its id', () => {
  const texts = textsOf({
    'email.short': ['E-post', 'Email'],
    'phone.table': ['Telefon', 'Phone'],
    'yes.label': ['Ja', 'Yes'],
    'no.label': ['Nei', 'No'],
    'agree.label': ['Jeg har lest vilkårene', 'I have read the terms'],
    'more.title': ['Mer om arrangementet', 'More about the event'],
  });
  const bound = (id: string) => ({ simpleBinding: `untitled.${id}` });
  const untitled: RawComponent[] = [
    {
      id: 'email',
      type: 'Input',
      dataModelBindings: bound('email'),
      textResourceBindings: { shortName: 'email.short' },
    },
    {
      id: 'phone',
      type: 'Input',
      dataModelBindings: bound('phone'),
      textResourceBindings: { tableTitle: 'phone.table' },
    },
    { id: 'notes', type: 'TextArea', dataModelBindings: bound('notes'), required: true },
    { id: 'day', type: 'Datepicker', dataModelBindings: bound('day') },
    {
      id: 'answer',
      type: 'RadioButtons',
      dataModelBindings: bound('answer'),
      options: [
        { value: 'yes', label: 'yes.label' },
        { value: 'no', label: 'no.label' },
      ],
    },
    {
      id: 'agree',
      type: 'Checkboxes',
      dataModelBindings: bound('agree'),
      options: [{ value: 'true', label: 'agree.label' }],
    },
    {
      id: 'choice',
      type: 'Dropdown',
      dataModelBindings: bound('choice'),
      options: [{ value: 'yes', label: 'yes.label' }],
    },
    { id: 'more', type: 'Accordion', children: ['inside'] },
    { id: 'inside', type: 'Paragraph', textResourceBindings: { title: 'more.title' } },
    { id: 'run', type: 'CustomButton', actions: [{ type: 'ClientAction', id: 'nextPage' }] },
    { id: 'summary', type: 'Summary2', target: { type: 'page', id: 'fields' } },
  ];
  const layoutSet = formOf([], { texts, pages: { fields: untitled, next: [] } });
  const ids = new Set(untitled.map(({ id }) => id));

  for (const width of WIDTHS) {
    it(`at ${width} px`, async () => {
      await page.viewport(width, 800);
      const screen = await render(<SkjemaForm layoutSet={layoutSet} initialData={{ untitled: { email: 'a@b.no' } }} />);
      await expect.element(screen.getByRole('textbox', { name: 'E-post' })).toBeVisible();
      // Another name the layout gives still names the field for screen readers.
      await expect.element(screen.getByRole('textbox', { name: 'Telefon' })).toBeVisible();
      await expect.element(screen.getByRole('button', { name: 'Neste' }).first()).toBeVisible();
      const shown = [...document.querySelectorAll('.skjema-form *')].filter(
        (element) =>
          element.getClientRects().length > 0 &&
          !element.closest('.ds-sr-only, .skjema-visually-hidden') &&
          [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && ids.has(node.textContent!.trim())),
      );
      expect(shown.map((element) => element.outerHTML)).toEqual([]);
      // The only labels are the options' own; no field has a label or legend of its own.
      expect(document.querySelectorAll('.skjema-page legend')).toHaveLength(0);
      const labels = [...document.querySelectorAll('.skjema-page label')].map((label) => label.textContent);
      expect(labels).toEqual(['Ja', 'Nei', 'Jeg har lest vilkårene']);
      expectNoSidewaysScrolling(width);
      await shoot(width, 'untitled');
    });
  }
});
