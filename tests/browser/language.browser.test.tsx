import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { RawComponent } from '../../src/core/index.ts';
import { createInMemoryFormServices } from '../../src/core/services/inMemoryFormServices.ts';
import { builtinTexts, type BuiltinLanguage } from '../../src/core/texts/builtin/index.ts';
import { AltinnApp } from '../../src/react/app/AltinnApp.tsx';
import { FormServicesProvider } from '../../src/react/context/FormServices.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { scriptedApp } from '../../stories/app/scriptedApp.ts';
import { formOf } from '../../stories/support/formOf.ts';
import { standEntries, standsSubform } from '../../stories/support/standSubform.ts';
import { loadExampleApp } from '../support/exampleApp.ts';

/**
 * After a language switch every text on the page is in the new language, skjema's own built-in
 * texts included: nothing may keep the text it had when it was first drawn (a counter drawn by
 * Designsystemet's field element, a message kept in state, a dialog already open).
 */

const LANGUAGES: readonly BuiltinLanguage[] = ['nb', 'nn', 'en'];
const LOCALES: Record<BuiltinLanguage, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

interface Foreign {
  what: string;
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What would betray another language on a page in `language`: every built-in text of the other
 * languages that reads differently in `language` (matched as a whole string, `{0}` standing for
 * anything), and their month and weekday names (the calendar's) where they differ.
 */
function foreignTo(language: BuiltinLanguage): Foreign[] {
  const own = builtinTexts[language];
  const ownNames = new Set(calendarNames(language));
  return LANGUAGES.filter((other) => other !== language).flatMap((other) => [
    ...Object.entries(builtinTexts[other])
      .filter(([key, value]) => value.trim() !== '' && value !== own[key])
      .map(([key, value]) => ({
        what: `${other} ${key}`,
        pattern: new RegExp(
          `^[\\s(«:,.–-]*${value
            .split(/\{\d+\}/)
            .map(escape)
            .join('.*?')}[\\s)»:,.!?*–-]*$`,
          's',
        ),
      })),
    ...calendarNames(other)
      .filter((name) => !ownNames.has(name))
      .map((name) => ({ what: `${other} ${name}`, pattern: new RegExp(`(^|[\\s(])${escape(name)}($|[\\s),.])`) })),
  ]);
}

function calendarNames(language: BuiltinLanguage): string[] {
  const locale = LOCALES[language];
  const months = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2026, month, 15)));
  const week = Array.from({ length: 7 }, (_, day) => new Date(Date.UTC(2026, 5, 1 + day)));
  return [
    ...months.map((date) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date)),
    ...week.map((date) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date)),
  ];
}

/**
 * Everything on the page a user sees or hears: text, the names and hints in attributes, and text
 * drawn by CSS (Designsystemet draws the character counter as generated content).
 */
function pageStrings(root: Element): Set<string> {
  const strings = new Set<string>();
  const add = (value: string | null | undefined) => value?.trim() && strings.add(value.trim());
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      add(node.textContent);
      continue;
    }
    const element = node as Element;
    for (const name of ['aria-label', 'aria-description', 'placeholder', 'title', 'alt', 'data-label']) {
      add(element.getAttribute(name));
    }
    // A sentence split over several elements (a link inside a paragraph) is one string to the reader.
    if ((element.textContent?.length ?? 0) < 300) add(element.textContent?.replace(/\s+/g, ' '));
    for (const pseudo of ['::before', '::after']) {
      const content = getComputedStyle(element, pseudo).content;
      if (content.startsWith('"')) add(content.slice(1, -1));
    }
  }
  return strings;
}

/** The strings on the page that belong to another language than `language`. */
function foreignStrings(language: BuiltinLanguage, root: Element = document.body): string[] {
  const foreign = foreignTo(language);
  const found: string[] = [];
  for (const text of pageStrings(root)) {
    const match = foreign.find(({ pattern }) => pattern.test(text));
    if (match) found.push(`"${text}" (${match.what})`);
  }
  return found;
}

/** The calendar and the dialogs fade in; what they say is read once they are there. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 350));

afterEach(() => {
  document.documentElement.lang = 'en';
});

describe('the example app after a language switch', () => {
  it('has no Norwegian left on any page in English, nor Bokmål in Nynorsk, and the form says which language it is in', async () => {
    const layoutSet = await loadExampleApp();
    for (const pageKey of layoutSet.pageOrder) {
      const screen = await render(<SkjemaForm layoutSet={layoutSet} page={pageKey} />);
      const form = document.querySelector('.skjema-form')!;
      await expect.element(screen.getByRole('combobox', { name: 'Språk' })).toBeVisible();
      // The check sees the Norwegian before the switch: it would see it after.
      expect(foreignStrings('en').length, pageKey).toBeGreaterThan(0);

      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
      await expect.element(screen.getByRole('combobox', { name: 'Language' })).toBeVisible();
      await settle();
      expect(foreignStrings('en'), pageKey).toEqual([]);
      expect(form.getAttribute('lang')).toBe('en');

      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'nn');
      await expect.element(screen.getByRole('combobox', { name: 'Språk' })).toBeVisible();
      await settle();
      expect(foreignStrings('nn'), pageKey).toEqual([]);
      expect(form.getAttribute('lang')).toBe('nn');
      await screen.unmount();
    }
  });
  for (const width of [375, 1280]) {
    it(`reads in English at ${width} px once switched, nothing cut off (screenshot)`, async () => {
      await page.viewport(width, 1400);
      const screen = await render(<SkjemaForm layoutSet={await loadExampleApp()} page="event" />);
      await userEvent.type(screen.getByRole('textbox', { name: 'Beskrivelse av arrangementet' }), 'Sommerfest');
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
      await expect.element(screen.getByRole('textbox', { name: 'Description of the event' })).toHaveValue('Sommerfest');
      await settle();
      expect(foreignStrings('en', screen.container)).toEqual([]);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `../../test-results/language/event-page-en-${width}.png` });
    });
  }
});

/**
 * A field of every kind that shows texts of its own, on a page that checks itself before moving on.
 * Each is titled by its id (a literal text), since an untitled field shows no label.
 */
const everyKind: RawComponent[] = titledByIds([
  { id: 'ta', type: 'TextArea', maxLength: 50, dataModelBindings: { simpleBinding: 'ta' } },
  { id: 'dp', type: 'Datepicker', required: true, dataModelBindings: { simpleBinding: 'dp' } },
  { id: 'tp', type: 'TimePicker', dataModelBindings: { simpleBinding: 'tp' } },
  { id: 'dd', type: 'Dropdown', options: [{ value: 'a', label: 'A' }], dataModelBindings: { simpleBinding: 'dd' } },
  {
    id: 'cb',
    type: 'Checkboxes',
    alertOnChange: true,
    options: [{ value: 'a', label: 'A' }],
    dataModelBindings: { simpleBinding: 'cb' },
  },
  {
    id: 'ms',
    type: 'MultipleSelect',
    options: [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ],
    dataModelBindings: { simpleBinding: 'ms' },
  },
  {
    id: 'fu',
    type: 'FileUpload',
    displayMode: 'list',
    maxFileSizeInMB: 10,
    maxNumberOfAttachments: 3,
    minNumberOfAttachments: 0,
    hasCustomFileEndings: true,
    validFileEndings: ['.pdf'],
    dataModelBindings: { list: 'files' },
  },
  { id: 'addr', type: 'Address', dataModelBindings: { address: 'a.street', zipCode: 'a.zip', postPlace: 'a.place' } },
  { id: 'pl', type: 'PersonLookup', dataModelBindings: { person_lookup_ssn: 'p.ssn', person_lookup_name: 'p.name' } },
  {
    id: 'ol',
    type: 'OrganisationLookup',
    dataModelBindings: { organisation_lookup_orgnr: 'o.nr', organisation_lookup_name: 'o.name' },
  },
  {
    id: 'rg',
    type: 'RepeatingGroup',
    dataModelBindings: { group: 'rows' },
    children: ['rgname'],
    pagination: { rowsPerPage: 1 },
    edit: { alertOnDelete: true },
  },
  { id: 'rgname', type: 'Input', dataModelBindings: { simpleBinding: 'rows.name' } },
  {
    id: 'lk',
    type: 'Likert',
    dataModelBindings: { questions: 'survey', answer: 'survey.answer' },
    options: [{ value: 'y', label: 'Y' }],
  },
  // Without the subform's layout set an entry cannot be opened, and the form says so.
  standsSubform(),
  { id: 'print', type: 'PrintButton' },
  { id: 'sum', type: 'Summary2', target: { type: 'component', id: 'ta' } },
  { id: 'nav', type: 'NavigationButtons' },
]);

function titledByIds(components: RawComponent[]): RawComponent[] {
  const untitled = new Set(['PrintButton', 'Summary2', 'NavigationButtons', 'Subform']);
  return components.map((component) =>
    untitled.has(component.type) ? component : { ...component, textResourceBindings: { title: component.id } },
  );
}

describe('a form with every kind of field after a language switch', () => {
  it('has none of its built-in texts left in the old language, in the states that show them', async () => {
    await page.viewport(1280, 2000);
    const base = formOf([], { pages: { one: everyKind, two: [{ id: 'end', type: 'NavigationButtons' }] } });
    const layoutSet = {
      ...base,
      settings: { pages: { order: base.pageOrder, validationOnNavigation: { page: 'current', show: ['All'] } } },
    };
    let switchTo: (language: BuiltinLanguage) => void = () => {};
    function Host() {
      const [services] = useState(() => createInMemoryFormServices({ subformEntries: { stand: standEntries() } }));
      const [language, setLanguage] = useState<BuiltinLanguage>('nb');
      switchTo = setLanguage;
      return (
        <FormServicesProvider services={services}>
          <SkjemaForm
            layoutSet={layoutSet}
            initialData={{ rows: [{ name: 'Kari' }, { name: 'Ola' }], survey: [{ text: 'Spørsmål' }] }}
            language={language}
            // Saving fails, so the form says its changes are not saved yet.
            onSaveData={() => Promise.reject(new Error('offline'))}
          />
        </FormServicesProvider>
      );
    }
    const screen = await render(<Host />);
    // Texts that come with what the user does: a count, a file, a blocked page, an open row, a question.
    await userEvent.type(screen.getByRole('textbox', { name: 'ta' }), 'Sommerfest');
    await userEvent.upload(screen.getByLabelText('fu'), new File(['%PDF'], 'kart.pdf', { type: 'application/pdf' }));
    await expect.element(screen.getByRole('button', { name: 'Slett kart.pdf' })).toBeVisible();
    await userEvent.upload(screen.getByLabelText('fu'), new File(['MZ'], 'virus.exe'));
    await expect.element(screen.getByText('«virus.exe» har en filtype som ikke er tillatt.')).toBeVisible();
    await screen.getByRole('button', { name: 'Endre Vaffelbua' }).click();
    await expect.element(screen.getByText('Oppføringen kan ikke åpnes her ennå.')).toBeVisible();
    await screen.getByRole('button', { name: 'Endre rad 1' }).click();
    await screen.getByRole('button', { name: 'Neste', exact: true }).last().click();
    await expect.element(screen.getByText('Du må rette disse feilene før du kan gå videre')).toBeVisible();
    await expect.element(screen.getByText(/Endringene er ikke lagret ennå/)).toBeVisible();
    await screen.getByRole('checkbox', { name: 'A' }).click();
    await screen.getByRole('checkbox', { name: 'A' }).click();
    await expect.element(screen.getByRole('dialog')).toBeVisible();
    await settle();
    // Not the whole body: Designsystemet's own live region there repeats the counter for two seconds.
    const form = screen.container;
    expect(foreignStrings('en', form).length).toBeGreaterThan(10);

    // The host changes the language while the question is open.
    switchTo('en');
    await expect.element(screen.getByRole('button', { name: 'Yes, remove' })).toBeVisible();
    await settle();
    expect(foreignStrings('en', form)).toEqual([]);
    await page.screenshot({ path: '../../test-results/language/every-kind-en-1280.png' });

    await screen.getByRole('button', { name: 'Cancel' }).click();
    await screen.getByRole('button', { name: 'Choose dp in a calendar' }).click();
    await expect.element(screen.getByRole('dialog', { name: 'Choose a date' })).toBeVisible();
    await settle();
    expect(foreignStrings('en', form)).toEqual([]);
    await userEvent.keyboard('{Escape}');

    switchTo('nn');
    await expect.element(screen.getByRole('button', { name: 'Neste', exact: true }).last()).toBeVisible();
    await settle();
    expect(foreignStrings('nn', form)).toEqual([]);
  });
});

describe('<html lang>', () => {
  const service = async () => {
    const layoutSet = await loadExampleApp();
    return scriptedApp({
      layoutSets: [layoutSet],
      tasks: [
        { id: 'Task_1', type: 'data', layoutSetId: layoutSet.id, write: true },
        { id: 'Task_2', type: 'confirmation' },
      ],
      models: { model: {} },
    }).app;
  };

  it("follows the service when <AltinnApp> is the page (documentLanguage), and is the page's own again after", async () => {
    document.documentElement.lang = 'nb';
    const screen = await render(<AltinnApp connectedApp={await service()} documentLanguage />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    await expect.element(screen.getByRole('combobox', { name: 'Language' })).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    await settle();
    expect(foreignStrings('en', screen.container)).toEqual([]);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'nn');
    await expect.element(screen.getByRole('combobox', { name: 'Språk' })).toBeVisible();
    expect(document.documentElement.lang).toBe('nn');
    await settle();
    expect(foreignStrings('nn', screen.container)).toEqual([]);

    await screen.unmount();
    expect(document.documentElement.lang).toBe('nb');
  });

  it("stays the host page's when the service or a form is embedded in it, while the service marks its own language", async () => {
    document.documentElement.lang = 'se';
    const screen = await render(<AltinnApp connectedApp={await service()} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    await expect.element(screen.getByRole('combobox', { name: 'Language' })).toBeVisible();
    expect(document.documentElement.lang).toBe('se');
    expect(document.querySelector('.skjema-app')?.getAttribute('lang')).toBe('en');
    expect(document.querySelector('.skjema-form')?.getAttribute('lang')).toBe('en');
    await screen.unmount();

    const form = await render(<SkjemaForm layoutSet={await loadExampleApp()} language="nn" />);
    await expect.element(form.getByRole('button', { name: 'Neste' })).toBeVisible();
    expect(document.documentElement.lang).toBe('se');
    expect(document.querySelector('.skjema-form')?.getAttribute('lang')).toBe('nn');
  });
});
