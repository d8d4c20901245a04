import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../src/core/index.ts';
import { createInMemoryFormServices, type InMemorySeed } from '../../src/core/services/inMemoryFormServices.ts';
import { componentTextBindings, shownTextBindings } from '../../scripts/compatibility/componentTable.ts';
import { LEFT_OUT } from '../../scripts/compatibility/leftOut.ts';
import { signer, submitter } from '../../stories/support/signingSeed.ts';
import { ALTINN_SCHEMA_DIR } from '../support/altinnSchemas.ts';
import { renderWithProviders } from './support/renderWithProviders.tsx';
import { withModalDialogs } from './support/modalDialogs.ts';

/*
 * docs/compatibility.md claims, per component type, which of its text bindings (the
 * `textResourceBindings` keys the layout schema gives it) skjema shows; everything not listed as
 * left out in scripts/compatibility/leftOut.ts is claimed. This test holds every claim to account:
 * it renders the type with each claimed binding set to a text of its own and finds that text on
 * screen (as text, or as an accessible name, alt text or link), a `help` text only after its help
 * button has opened it. A key the schema adds is claimed, and fails here, until it is shown or
 * listed as left out with what is missing; a type the schema adds fails until it has a setup.
 */

const schema: unknown = JSON.parse(readFileSync(resolve(ALTINN_SCHEMA_DIR, 'layout/layout.schema.v1.json'), 'utf8'));
const TEXT_BINDINGS = componentTextBindings(schema);

withModalDialogs();

/** The page around the component under test (id `subject`) and what the form runs on. */
interface Setup {
  readonly component: RawComponent;
  /** Its children and anything else the page needs. */
  readonly others?: RawComponent[];
  /** Other pages, before (`pagesBefore`) or after the subject's page. */
  readonly pagesBefore?: Record<string, RawComponent[]>;
  readonly pagesAfter?: Record<string, RawComponent[]>;
  readonly initialData?: Record<string, unknown>;
  readonly seed?: InMemorySeed;
}

/** How one binding's text is brought on screen. Bindings with the same check share one render. */
interface Check {
  /** Changes the page for the check (adds a summary, wraps the subject in a repeating group…). */
  readonly arrange?: (setup: Setup) => Setup;
  /** What the user does before the text shows. */
  readonly act?: (user: UserEvent) => Promise<void>;
  /** `help`: the text is hidden until a button that controls it opens it. */
  readonly help?: boolean;
  /** Where the text goes instead of the screen (a custom element's property), checked instead. */
  readonly received?: (text: string) => boolean;
}

const SHOWN: Check = {};
/** Help belongs to a title: the button stands beside it and is named after it. */
const HELP: Check = {
  help: true,
  arrange: (setup) => ({
    ...setup,
    component: {
      ...setup.component,
      textResourceBindings: { title: 'Tittel', ...(setup.component.textResourceBindings as object) },
    },
  }),
};

/** A Summary2 of the subject beside it: its title and its change button's name. */
const IN_SUMMARY: Check = {
  arrange: (setup) => ({
    ...setup,
    others: [
      ...(setup.others ?? []),
      { id: 'summary', type: 'Summary2', target: { type: 'component', id: 'subject' } },
    ],
  }),
};

/** A Summary (v1) of the subject: a repeating group's heading and its one change button. */
const IN_SUMMARY_V1: Check = {
  arrange: (setup) => ({
    ...setup,
    others: [...(setup.others ?? []), { id: 'summary', type: 'Summary', componentRef: 'subject' }],
  }),
};

/** The subject in a repeating group with one row: its column heading. */
const IN_TABLE: Check = {
  arrange: (setup) => ({
    ...setup,
    component: { ...setup.component, dataModelBindings: inRows(setup.component.dataModelBindings) },
    others: [
      { id: 'rows', type: 'RepeatingGroup', dataModelBindings: { group: 'rows' }, children: ['subject'] },
      ...(setup.others ?? []),
    ],
    initialData: { ...setup.initialData, rows: [{ altinnRowId: 'row-1' }] },
  }),
};

/** The subject required and empty, after the user tries to submit: the required message. */
const REQUIRED: Check = {
  arrange: (setup) => ({
    ...setup,
    component: { ...setup.component, required: true },
    others: [...(setup.others ?? []), { id: 'submit', type: 'Button' }],
  }),
  act: async (user) => user.click(screen.getByRole('button', { name: 'Send inn' })),
};
// shortName and requiredValidation each get a render: a requiredValidation without {0} hides the name.
const REQUIRED_MESSAGE: Check = { ...REQUIRED };

const BY_BINDING: Record<string, Check> = {
  help: HELP,
  summaryTitle: IN_SUMMARY,
  summaryAccessibleTitle: IN_SUMMARY,
  tableTitle: IN_TABLE,
  shortName: REQUIRED,
  requiredValidation: REQUIRED_MESSAGE,
};

function inRows(bindings: unknown): Record<string, unknown> | undefined {
  if (bindings === null || typeof bindings !== 'object') return undefined;
  return Object.fromEntries(Object.entries(bindings).map(([key, path]) => [key, `rows.${String(path)}`]));
}

const options = [
  { value: 'a', label: 'Alternativ A' },
  { value: 'b', label: 'Alternativ B' },
];
const simple = (type: string, extra: Partial<RawComponent> = {}): Setup => ({
  component: { id: 'subject', type, dataModelBindings: { simpleBinding: 'value' }, ...extra },
});
const bare = (type: string, extra: Partial<RawComponent> = {}): Setup => ({
  component: { id: 'subject', type, ...extra },
});
// A field with a value: a container without one is left out of summaries.
const field: RawComponent = {
  id: 'child',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'child' },
  textResourceBindings: { title: 'Felt' },
};
const withChild = (type: string, extra: Partial<RawComponent> = {}): Setup => ({
  component: { id: 'subject', type, children: ['child'], ...extra },
  others: [field],
  initialData: { child: 'Verdi' },
});

const likert: Setup = {
  component: {
    id: 'subject',
    type: 'Likert',
    dataModelBindings: { questions: 'questions', answer: 'questions.answer' },
    options,
  },
  initialData: { questions: [{ altinnRowId: 'q1' }] },
};

/** Each type with what it needs to render; every type the schema has must be here. */
const SETUPS: Record<string, Setup> = {
  Accordion: withChild('Accordion'),
  AccordionGroup: {
    component: { id: 'subject', type: 'AccordionGroup', children: ['inner'] },
    others: [{ id: 'inner', type: 'Accordion', textResourceBindings: { title: 'Del' }, children: ['child'] }, field],
    initialData: { child: 'Verdi' },
  },
  ActionButton: bare('ActionButton', { action: 'sign' }),
  AddToList: { component: { id: 'subject', type: 'AddToList', dataModelBindings: { data: 'items' } } },
  Address: {
    component: {
      id: 'subject',
      type: 'Address',
      simplified: false,
      dataModelBindings: {
        address: 'a.street',
        zipCode: 'a.zip',
        postPlace: 'a.place',
        careOf: 'a.careOf',
        houseNumber: 'a.house',
      },
    },
  },
  Alert: bare('Alert', { severity: 'info' }),
  AttachmentList: bare('AttachmentList'),
  Audio: bare('Audio', { audio: { src: { nb: 'https://example.no/lyd.mp3' } } }),
  Button: bare('Button'),
  ButtonGroup: {
    component: { id: 'subject', type: 'ButtonGroup', children: ['child'] },
    others: [{ id: 'child', type: 'PrintButton' }],
  },
  Cards: {
    component: { id: 'subject', type: 'Cards', cards: [{ title: 'Kort', children: ['child'] }] },
    others: [field],
    initialData: { child: 'Verdi' },
  },
  Checkboxes: simple('Checkboxes', { options }),
  Custom: {
    component: {
      id: 'subject',
      type: 'Custom',
      tagName: 'skjema-test-element',
      dataModelBindings: { simpleBinding: 'value' },
    },
  },
  CustomButton: bare('CustomButton', { actions: [{ type: 'ClientAction', id: 'nextPage' }] }),
  Date: bare('Date', { value: '2026-05-17' }),
  Datepicker: simple('Datepicker'),
  Divider: bare('Divider'),
  Dropdown: simple('Dropdown', { options }),
  FileUpload: simple('FileUpload', {
    maxFileSizeInMB: 5,
    maxNumberOfAttachments: 3,
    minNumberOfAttachments: 0,
    displayMode: 'list',
  }),
  FileUploadWithTag: {
    ...simple('FileUploadWithTag', {
      maxFileSizeInMB: 5,
      maxNumberOfAttachments: 3,
      minNumberOfAttachments: 0,
      displayMode: 'list',
      options,
    }),
    // The tag column shows once there is a file.
    seed: {
      attachments: [
        {
          id: 'file-1',
          dataType: 'subject',
          filename: 'kart.pdf',
          size: 1000,
          contentType: 'application/pdf',
          tags: [],
        },
      ],
    },
  },
  Grid: {
    component: { id: 'subject', type: 'Grid', rows: [{ cells: [{ text: 'Celle' }, { component: 'child' }] }] },
    others: [field],
    initialData: { child: 'Verdi' },
  },
  Group: withChild('Group'),
  Header: bare('Header', { size: 'M' }),
  IFrame: bare('IFrame'),
  Image: bare('Image', { image: { src: { nb: 'https://example.no/bilde.png' } } }),
  ImageUpload: simple('ImageUpload'),
  Input: simple('Input'),
  InstanceInformation: bare('InstanceInformation'),
  InstantiationButton: bare('InstantiationButton'),
  Likert: likert,

  // Never written in a layout: each Likert makes one per question, from its own texts.
  LikertItem: likert,
  Link: bare('Link', { style: 'link' }),
  List: {
    component: {
      id: 'subject',
      type: 'List',
      dataListId: 'places',
      tableHeaders: { name: 'Navn' },
      dataModelBindings: { name: 'place' },
    },
    seed: { dataLists: { places: [{ name: 'Torget' }] } },
  },
  Map: simple('Map'),
  MultipleSelect: simple('MultipleSelect', { options }),
  NavigationBar: bare('NavigationBar'),
  NavigationButtons: bare('NavigationButtons', { showBackButton: true }),
  Number: bare('Number', { value: 42 }),
  Option: bare('Option', { value: 'a', options }),
  OrganisationLookup: {
    component: {
      id: 'subject',
      type: 'OrganisationLookup',
      dataModelBindings: { organisation_lookup_orgnr: 'org.nr', organisation_lookup_name: 'org.name' },
    },
  },
  Panel: bare('Panel'),
  Paragraph: bare('Paragraph'),
  Payment: bare('Payment'),
  PaymentDetails: bare('PaymentDetails'),
  PDFPreviewButton: bare('PDFPreviewButton'),
  PersonLookup: {
    component: {
      id: 'subject',
      type: 'PersonLookup',
      dataModelBindings: { person_lookup_ssn: 'person.ssn', person_lookup_name: 'person.name' },
    },
  },
  PrintButton: bare('PrintButton'),
  RadioButtons: simple('RadioButtons', { options }),
  RepeatingGroup: {
    component: { id: 'subject', type: 'RepeatingGroup', dataModelBindings: { group: 'rows' }, children: ['name'] },
    others: [
      {
        id: 'name',
        type: 'Input',
        dataModelBindings: { simpleBinding: 'rows.name' },
        textResourceBindings: { title: 'Navn' },
      },
    ],
    initialData: { rows: [{ altinnRowId: 'row-1', name: 'Kari' }] },
  },
  SigneeList: bare('SigneeList'),
  SigningActions: bare('SigningActions'),
  SigningDocumentList: bare('SigningDocumentList'),
  SimpleTable: {
    component: {
      id: 'subject',
      type: 'SimpleTable',
      dataModelBindings: { tableData: 'fees' },
      columns: [{ header: 'Hva', accessors: ['what'] }],
    },
    initialData: { fees: [{ what: 'Leie' }] },
  },
  Subform: {
    component: {
      id: 'subject',
      type: 'Subform',
      layoutSet: 'entry',
      tableColumns: [{ headerContent: 'Navn', cellContent: { query: 'name' } }],
    },
    seed: { subformEntries: { entry: [{ id: 'entry-1', data: { name: 'Bod 1' } }] } },
  },
  Summary: {
    component: { id: 'subject', type: 'Summary', componentRef: 'name' },
    others: [{ id: 'nav', type: 'NavigationButtons' }],
    pagesAfter: {
      other: [
        {
          id: 'name',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'name' },
          textResourceBindings: { title: 'Navn' },
        },
        { id: 'other-nav', type: 'NavigationButtons' },
      ],
    },
    initialData: { name: 'Kari' },
  },
  Summary2: bare('Summary2'),
  Tabs: {
    component: { id: 'subject', type: 'Tabs', tabs: [{ id: 'tab', title: 'Fane', children: ['child'] }] },
    others: [field],
    initialData: { child: 'Verdi' },
  },
  Text: bare('Text', { value: 'Verdi' }),
  TextArea: simple('TextArea'),
  TimePicker: simple('TimePicker'),
  Video: bare('Video', { video: { src: { nb: 'https://example.no/film.mp4' } } }),
};

/** The Likert's own texts for its rows: the row (a LikertItem) is made from them. */
const LIKERT_ROW_TEXTS: Record<string, string> = {
  title: 'questions',
  description: 'questionDescriptions',
  help: 'questionHelpTexts',
};
const asLikertRow = (setup: Setup): Setup => ({
  ...setup,
  component: {
    ...setup.component,
    textResourceBindings: Object.fromEntries(
      Object.entries(setup.component.textResourceBindings ?? {}).map(([key, value]) => [
        LIKERT_ROW_TEXTS[key] ?? key,
        value,
      ]),
    ),
  },
});

const openFirstRow = async (user: UserEvent) => {
  const [edit] = document.querySelectorAll<HTMLButtonElement>('button[data-row-action="edit"]');
  await user.click(edit);
};
const withRepeatingGroup =
  (extra: Partial<RawComponent>, rowCount = 1) =>
  (setup: Setup): Setup => ({
    ...setup,
    component: { ...setup.component, ...extra },
    initialData: {
      rows: Array.from({ length: rowCount }, (_, index) => ({ altinnRowId: `row-${index}`, name: `Rad ${index + 1}` })),
    },
  });
const withMultiPageRow = (setup: Setup): Setup => ({
  ...withRepeatingGroup({ edit: { multiPage: true }, children: ['0:name', '1:town'] })(setup),
  others: [
    ...(setup.others ?? []),
    {
      id: 'town',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'rows.town' },
      textResourceBindings: { title: 'Sted' },
    },
  ],
});
const ROW_OPEN: Check = { act: openFirstRow };
// A render of its own: add_button_full replaces add_button, so the two cannot show together.
const ADD_BUTTON_FULL: Check = {};
const SAVE_AND_NEXT: Check = {
  arrange: withRepeatingGroup({ edit: { saveAndNextButton: true } }, 2),
  act: openFirstRow,
};
const PAGINATION: Check = { arrange: withRepeatingGroup({ pagination: { rowsPerPage: 1 } }, 2) };
const MULTIPAGE_NEXT: Check = { arrange: withMultiPageRow, act: openFirstRow };
const MULTIPAGE_BACK: Check = {
  arrange: withMultiPageRow,
  act: async (user) => {
    await openFirstRow(user);
    await user.click(screen.getByRole('button', { name: 'Neste' }));
  },
};

const signing = (seed: InMemorySeed, act?: Check['act']): Check => ({
  arrange: (setup) => ({ ...setup, seed }),
  act,
});
const waiting = [{ name: 'Ola Nordmann', status: 'waiting' as const }];
const signed = [{ name: 'Kari Nordmann', status: 'signed' as const }];
const SIGNING_SIGN = signing({ signingUser: signer, signees: waiting, currentSignee: 0 });
const SIGNING_REJECT = signing({ signingUser: signer, signees: waiting, currentSignee: 0 }, async (user) =>
  user.click(await screen.findByRole('button', { name: 'Avbryt signeringen' })),
);
const SIGNING_SUBMIT = signing({ signingUser: submitter, signees: signed });
const SIGNING_AWAITING = signing({ signingUser: submitter, signees: waiting });
const SIGNING_AWAITING_SIGNED = signing({ signingUser: { ...submitter, hasSigned: true }, signees: waiting });
const SIGNING_ERROR = signing({ signingUser: submitter, signees: [{ name: 'Ola', status: 'delegationFailed' }] });
const nobody = { maySign: false, mayReject: false, maySubmit: false, inboxUrl: 'https://example.no/innboks' };
const SIGNING_DONE = signing({ signingUser: { ...nobody, hasSigned: false }, signees: waiting });
const SIGNING_DONE_SIGNED = signing({ signingUser: { ...nobody, hasSigned: true }, signees: waiting });

/** Bindings a type shows otherwise than its plain rendering does, by type and key. */
const SPECIAL: Record<string, Record<string, Check>> = {
  Custom: {
    title: {
      received: (text) => (document.querySelector('skjema-test-element') as { text?: string } | null)?.text === text,
    },
  },
  Likert: { questionHelpTexts: HELP },
  LikertItem: {
    title: { arrange: asLikertRow },
    description: { arrange: asLikertRow },
    help: { help: true, arrange: asLikertRow },
  },
  RepeatingGroup: {
    summaryTitle: IN_SUMMARY_V1,
    summaryAccessibleTitle: IN_SUMMARY_V1,
    add_button_full: ADD_BUTTON_FULL,
    save_button: ROW_OPEN,
    edit_button_close: ROW_OPEN,
    save_and_next_button: SAVE_AND_NEXT,
    pagination_next_button: PAGINATION,
    pagination_back_button: PAGINATION,
    multipage_next_button: MULTIPAGE_NEXT,
    multipage_back_button: MULTIPAGE_BACK,
  },
  SigningActions: {
    awaitingSignaturePanelTitle: SIGNING_SIGN,
    checkboxLabel: SIGNING_SIGN,
    checkboxDescription: SIGNING_SIGN,
    signingButton: SIGNING_SIGN,
    rejectModalTriggerButton: SIGNING_SIGN,
    rejectModalTitle: SIGNING_REJECT,
    rejectModalDescription: SIGNING_REJECT,
    rejectModalButton: SIGNING_REJECT,
    rejectModalCloseButton: SIGNING_REJECT,
    submitPanelTitle: SIGNING_SUBMIT,
    submitPanelDescription: SIGNING_SUBMIT,
    submitButton: SIGNING_SUBMIT,
    awaitingOtherSignaturesPanelTitle: SIGNING_AWAITING,
    awaitingOtherSignaturesPanelDescriptionNotSigning: SIGNING_AWAITING,
    awaitingOtherSignaturesPanelDescriptionSigned: SIGNING_AWAITING_SIGNED,
    errorPanelTitle: SIGNING_ERROR,
    errorPanelDescription: SIGNING_ERROR,
    noActionRequiredPanelTitleNotSigned: SIGNING_DONE,
    noActionRequiredPanelDescriptionNotSigned: SIGNING_DONE,
    noActionRequiredButton: SIGNING_DONE,
    noActionRequiredPanelTitleHasSigned: SIGNING_DONE_SIGNED,
    noActionRequiredPanelDescriptionHasSigned: SIGNING_DONE_SIGNED,
  },
  NavigationButtons: {
    next: { arrange: (setup) => ({ ...setup, pagesAfter: { after: [{ id: 'after', type: 'Paragraph' }] } }) },
    back: {
      arrange: (setup) => ({ ...setup, pagesBefore: { before: [{ id: 'before-nav', type: 'NavigationButtons' }] } }),
      act: async (user) => user.click(screen.getByRole('button', { name: 'Neste' })),
    },
  },
  Summary: {
    returnToSummaryButtonTitle: {
      act: async (user) => user.click(await screen.findByRole('button', { name: /^Endre/ })),
    },
  },
};

/** The text given to a binding in the test: unique, and where the binding is a URL, a URL. */
function textFor(type: string, binding: string): string {
  if (type === 'Link' && binding === 'target') return `https://example.no/${type}-${binding}`;
  return `tekst ${type} ${binding}`;
}

function checkFor(type: string, binding: string): Check {
  return SPECIAL[type]?.[binding] ?? BY_BINDING[binding] ?? SHOWN;
}

describe('every text binding docs/compatibility.md claims is shown', () => {
  for (const [type, keys] of TEXT_BINDINGS) {
    const claimed = shownTextBindings(keys, LEFT_OUT[type]);
    if (claimed.length === 0) continue;
    const groups = new Map<Check, string[]>();
    for (const key of claimed) {
      const check = checkFor(type, key);
      groups.set(check, [...(groups.get(check) ?? []), key]);
    }
    for (const [check, bindings] of groups) {
      it(`${type}: ${bindings.join(', ')}`, async () => {
        const base = SETUPS[type];
        expect(base, `${type} has no setup in this test`).toBeDefined();
        const texts = Object.fromEntries(bindings.map((key) => [key, textFor(type, key)]));
        const component = {
          ...base.component,
          textResourceBindings: { ...(base.component.textResourceBindings as object), ...texts },
        };
        const setup = (check.arrange ?? ((same: Setup) => same))({ ...base, component });
        const { user } = renderSetup(setup);
        if (check.act) await check.act(user);
        for (const key of bindings) {
          const text = texts[key];
          if (check.help) await expectBehindHelp(user, text, `${type}.${key}`);
          else if (check.received) expect(check.received(text), `${type}.${key} ("${text}") is handed over`).toBe(true);
          else await waitFor(() => expect(shownAnywhere(text), `${type}.${key} ("${text}") is shown`).toBe(true));
        }
      });
    }
  }
});

function renderSetup(setup: Setup) {
  const page = [setup.component, ...(setup.others ?? [])];
  const pages = { ...setup.pagesBefore, page, ...setup.pagesAfter };
  return renderWithProviders([], {
    pages,
    initialData: setup.initialData,
    services: createInMemoryFormServices(setup.seed),
  });
}

/** The element whose own text holds `text` (no child of it does), or an element naming itself by it. */
function holders(text: string): Element[] {
  const found: Element[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const ownText =
      element.textContent?.includes(text) && ![...element.children].some((child) => child.textContent?.includes(text));
    const named = ['aria-label', 'alt', 'title', 'href', 'download', 'srcdoc'].some((attribute) =>
      element.getAttribute(attribute)?.includes(text),
    );
    if (ownText || named) found.push(element);
  }
  return found;
}

function isVisible(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (at.hasAttribute('hidden')) return false;
    const style = getComputedStyle(at);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
    if (at.tagName === 'DIALOG' && !at.hasAttribute('open')) return false;
    // A closed <details> shows its <summary> only.
    if (at.tagName === 'DETAILS' && !at.hasAttribute('open') && at !== element.closest('summary')?.parentElement)
      return false;
  }
  return true;
}

function shownAnywhere(text: string): boolean {
  return holders(text).some(isVisible);
}

async function expectBehindHelp(user: UserEvent, text: string, what: string) {
  const holder = await waitFor(() => {
    const [first] = holders(text);
    expect(first, `${what}: "${text}" is in the page`).toBeDefined();
    return first;
  });
  const panel = holder.closest('[id]');
  const button = panel && document.querySelector(`button[aria-controls="${CSS.escape(panel.id)}"]`);
  expect(button, `${what}: a button controls the help text`).toBeTruthy();
  expect(button).toHaveAccessibleName(/^Hjelp/);
  expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(isVisible(holder), `${what}: the help text is closed at first`).toBe(false);
  await user.click(button as HTMLElement);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  expect(isVisible(holder), `${what}: the help text is open`).toBe(true);
}

// Every type in the schema has a setup, so a new type in the schema fails here until it gets one.
it('has a setup for every component type with text bindings', () => {
  const missing = [...TEXT_BINDINGS].filter(([type, keys]) => keys.length > 0 && !SETUPS[type]).map(([type]) => type);
  expect(missing).toEqual([]);
});
