import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import type { LoadedLayoutSet, RawComponent, TextResource } from '../../src/core/index.ts';
import { createInMemoryFormServices } from '../../src/core/services/inMemoryFormServices.ts';
import type { BackendValidationIssue } from '../../src/core/validation/index.ts';
import { FormServicesProvider } from '../../src/react/context/FormServices.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../../stories/support/formOf.ts';
import { standLayoutSet, standPage } from '../../stories/support/standSubform.ts';
import { XSS_PAYLOADS } from '../support/xssPayloads.ts';

/**
 * Issue 12, point 3: every payload of the corpus in every place a form shows text, in real
 * Chromium. A payload that runs calls `__xss()` (or `alert`…), which counts; after each form the
 * DOM is searched for what a payload would need to run later: event-handler attributes, script
 * URLs, elements that run or load code. Values typed by a user must also show as typed.
 */

declare global {
  interface Window {
    __xss?: () => void;
  }
}

let executed = 0;
let tried = 0;
const count = () => {
  executed++;
};

beforeEach(() => {
  window.__xss = count;
  window.alert = count;
  window.confirm = () => (count(), false);
  window.prompt = () => (count(), null);
});

// Payload spots per payload, and spots shared by a batch of payloads (one form each).
const SPOTS_PER_PAYLOAD = [
  'Paragraph title (app text)',
  'Header title (app text)',
  'Input title, description and help (app texts)',
  'Input value (data)',
  'text variable: dataModel.default, in Markdown, in a link href and in an HTML attribute',
  'text variable: applicationSettings',
  'expression result from data (Paragraph title)',
  'aria-label from a text variable (Input shortName)',
  'RadioButtons option label, description and help (app texts)',
  'RadioButtons option label with a variable',
  'Checkboxes option label (app text)',
  'Dropdown option label with a variable',
  'Image src and alt',
  'Link target and title (app texts)',
  'Link target with a variable',
  'IFrame content with a variable',
  'Summary2 of the data value',
  'Summary of the data value',
  'backend message with customTextParameters',
  'backend message description',
  'expression validation message with a text variable',
  'Accordion title',
  'Alert title and body',
  'Cards title and description',
  'Grid cell text',
] as const;
const SPOTS_PER_BATCH = [
  'appName with a dataModel variable (page title)',
  'text variable: instanceContext',
  'RepeatingGroup table cells',
  'Checkboxes options from a repeating group, label variable per row',
  'Summary2 of the repeating group',
  'Subform table cells',
];

const BATCH = 20;

function batchForm(payloads: readonly string[]) {
  const texts: TextResource[] = [
    { id: 'appName', value: 'Søknad: {0}', variables: [{ key: 'p0', dataSource: 'dataModel.default' }] },
    {
      id: 'instance.text',
      value: 'Instans {0} eier {1}',
      variables: [
        { key: 'instanceId', dataSource: 'instanceContext' },
        { key: 'instanceOwnerPartyId', dataSource: 'instanceContext' },
      ],
    },
    { id: 'row.label', value: 'Rad *{0}*', variables: [{ key: 'rows[{0}].v', dataSource: 'dataModel.default' }] },
  ];
  const data: Record<string, unknown> = { rows: payloads.map((v) => ({ v })) };
  const settings: Record<string, string> = {};
  const issues: BackendValidationIssue[] = [];
  const validations: Record<string, unknown[]> = {};
  const components: RawComponent[] = [
    { id: 'instance', type: 'Paragraph', textResourceBindings: { title: 'instance.text' } },
  ];
  payloads.forEach((payload, i) => {
    data[`p${i}`] = payload;
    settings[`s${i}`] = payload;
    const app = `app.${i}`;
    const variable = `var.${i}`;
    texts.push(
      { id: app, value: payload },
      {
        id: variable,
        value: 'Verdi: {0} – **{1}** [lenke](https://example.com/?q={0}) <b title="{0}">{1}</b>',
        variables: [
          { key: `p${i}`, dataSource: 'dataModel.default' },
          { key: `s${i}`, dataSource: 'applicationSettings' },
        ],
      },
      { id: `plain.${i}`, value: '{0}', variables: [{ key: `p${i}`, dataSource: 'dataModel.default' }] },
      {
        id: `href.${i}`,
        value: 'https://example.com/doc/{0}',
        variables: [{ key: `p${i}`, dataSource: 'dataModel.default' }],
      },
      { id: `frame.${i}`, value: '<p>{0}</p>', variables: [{ key: `p${i}`, dataSource: 'dataModel.default' }] },
      { id: `msg.${i}`, value: 'Feil: **{0}**', variables: [{ key: 'who', dataSource: 'customTextParameters' }] },
    );
    issues.push(
      {
        severity: 1,
        source: 'Custom',
        field: `p${i}`,
        customTextKey: `msg.${i}`,
        customTextParameters: { who: payload },
        showImmediately: true,
      },
      { severity: 2, source: 'Custom', field: `p${i}`, description: payload, showImmediately: true },
    );
    // An expression validation whose message reads the value through a text variable.
    validations[`p${i}`] = [{ message: variable, condition: true, severity: 'warning', showImmediately: true }];
    components.push(
      { id: `para-${i}`, type: 'Paragraph', textResourceBindings: { title: app } },
      { id: `header-${i}`, type: 'Header', size: 'M', textResourceBindings: { title: app } },
      {
        id: `input-${i}`,
        type: 'Input',
        dataModelBindings: { simpleBinding: `p${i}` },
        textResourceBindings: { title: app, description: app, help: app },
      },
      { id: `var-${i}`, type: 'Paragraph', textResourceBindings: { title: variable } },
      { id: `plain-${i}`, type: 'Paragraph', textResourceBindings: { title: `plain.${i}` } },
      {
        id: `expr-${i}`,
        type: 'Paragraph',
        textResourceBindings: { title: ['concat', 'Hei ', ['dataModel', `p${i}`]] },
      },
      {
        id: `unlabelled-${i}`,
        type: 'Input',
        dataModelBindings: { simpleBinding: `p${i}` },
        textResourceBindings: { shortName: `plain.${i}` },
      },
      {
        id: `radio-${i}`,
        type: 'RadioButtons',
        dataModelBindings: { simpleBinding: `choice${i}` },
        textResourceBindings: { title: app },
        options: [
          { value: 'a', label: app, description: app, helpText: app },
          { value: 'b', label: variable },
        ],
      },
      {
        id: `check-${i}`,
        type: 'Checkboxes',
        dataModelBindings: { simpleBinding: `checks${i}` },
        options: [{ value: 'a', label: app }],
      },
      {
        id: `dropdown-${i}`,
        type: 'Dropdown',
        dataModelBindings: { simpleBinding: `drop${i}` },
        textResourceBindings: { title: `plain.${i}` },
        options: [{ value: 'a', label: `plain.${i}` }],
      },
      {
        id: `image-${i}`,
        type: 'Image',
        image: { src: { nb: payload }, width: '10%' },
        textResourceBindings: { altTextImg: app },
      },
      { id: `link-${i}`, type: 'Link', textResourceBindings: { title: app, target: app } },
      { id: `link-var-${i}`, type: 'Link', textResourceBindings: { title: `plain.${i}`, target: `href.${i}` } },
      { id: `frame-${i}`, type: 'IFrame', textResourceBindings: { title: `frame.${i}` } },
      { id: `summary2-${i}`, type: 'Summary2', target: { type: 'component', id: `input-${i}` } },
      { id: `summary-${i}`, type: 'Summary', componentRef: `input-${i}` },
      { id: `accordion-${i}`, type: 'Accordion', textResourceBindings: { title: app }, children: [] },
      { id: `alert-${i}`, type: 'Alert', severity: 'info', textResourceBindings: { title: app, body: variable } },
      { id: `cards-${i}`, type: 'Cards', cards: [{ title: app, description: variable }] },
      { id: `grid-${i}`, type: 'Grid', rows: [{ cells: [{ text: app }, { text: variable }] }] },
    );
  });
  components.push(
    {
      id: 'rows',
      type: 'RepeatingGroup',
      dataModelBindings: { group: 'rows' },
      children: ['row-v'],
      textResourceBindings: { title: 'Rader' },
    },
    {
      id: 'row-v',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'rows.v' },
      textResourceBindings: { title: 'V' },
    },
    {
      id: 'from-rows',
      type: 'Checkboxes',
      dataModelBindings: { simpleBinding: 'fromRows' },
      textResourceBindings: { title: 'Fra rader' },
      source: { group: 'rows', label: 'row.label', value: 'rows[{0}].v' },
    },
    { id: 'rows-summary', type: 'Summary2', target: { type: 'component', id: 'rows' } },
    {
      id: 'stands',
      type: 'Subform',
      layoutSet: 'stand',
      tableColumns: [
        { headerContent: 'Navn', cellContent: { query: 'stand.name' } },
        { headerContent: 'Type', cellContent: { value: ['dataModel', 'stand.kind'], default: 'Ukjent' } },
      ],
      textResourceBindings: { title: 'Boder' },
    },
  );
  const layoutSet: LoadedLayoutSet = {
    ...formOf(components, { texts: { nb: texts } }),
    validationConfigs: { model: { validations } },
  };
  const services = createInMemoryFormServices({
    subformEntries: {
      stand: payloads.map((payload, i) => ({ id: `s${i}`, data: { stand: { name: payload, kind: payload } } })),
    },
  });
  const [first = '', second = ''] = payloads;
  const environment = {
    frontendSettings: settings,
    instance: { id: `${second}/${first}`, appId: first, instanceOwner: { partyId: second } },
  };
  return { layoutSet, services, data, issues, environment };
}

/** What a payload would need to run: each finding names the element and what is wrong with it. */
function findingsIn(root: Element, marksAllowed = false): string[] {
  const findings: string[] = [];
  const describe = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}>`;
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) findings.push(`${describe(element)} has ${name}`);
      if (/^(href|src|action|formaction|xlink:href|poster|data|background|ping|srcset)$/i.test(name)) {
        const problem = urlProblem(value);
        if (problem) findings.push(`${describe(element)} ${name}: ${problem}`);
      }
      if (name === 'style' && /url\(|expression\(|javascript:/i.test(value)) {
        findings.push(`${describe(element)} style: ${value}`);
      }
      if (!marksAllowed && /[\uE000\uE001]/.test(value))
        findings.push(`${describe(element)} ${name} shows a value mark`);
    }
    const tag = element.tagName.toLowerCase();
    if (/^(script|object|embed|base|meta|link|style|form|frame|frameset|math|template|noscript)$/.test(tag)) {
      findings.push(`${describe(element)} is in the form`);
    }
    // Designsystemet's and skjema's own icons are inline SVG without scripts or links.
    if (tag === 'svg' && element.querySelector('script, a, foreignObject, animate, set')) {
      findings.push(`${describe(element)} is an SVG that can act`);
    }
    if (tag === 'iframe') findings.push(...frameProblems(element as HTMLIFrameElement));
  }
  if (!marksAllowed && /[\uE000\uE001]/.test(root.textContent ?? '')) findings.push('a value mark shows as text');
  return findings;
}

/** Where a URL goes, as Chromium reads it: only https, mail, phone or this site. */
function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    return undefined;
  }
  if (['https:', 'mailto:', 'tel:'].includes(url.protocol) || url.origin === location.origin) return undefined;
  return `${url.protocol} ${url.href.slice(0, 60)}`;
}

/** An IFrame's HTML: scripts stay off, and a value inside it is only text. */
function frameProblems(frame: HTMLIFrameElement): string[] {
  const problems: string[] = [];
  const tokens = frame.getAttribute('sandbox');
  if (tokens === null || /allow-scripts|allow-same-origin/.test(tokens))
    problems.push(`#${frame.id} sandbox: ${tokens}`);
  const inner = new DOMParser().parseFromString(frame.srcdoc, 'text/html');
  const elements = [...inner.body.querySelectorAll('*')].map((element) => element.tagName.toLowerCase());
  if (inner.head.children.length > 0 || elements.some((tag) => tag !== 'p')) {
    problems.push(
      `#${frame.id} srcdoc holds ${[...inner.head.children].map((e) => e.tagName).join(',')} ${elements.join(',')}`,
    );
  }
  return problems;
}

/** Lets image errors, focus and other events a payload could hook fire. */
async function settle(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await new Promise((resolve) => setTimeout(resolve, 150));
}

describe('the XSS corpus', () => {
  const startUrl = location.href;

  afterAll(() => {
    const spots = XSS_PAYLOADS.length * SPOTS_PER_PAYLOAD.length;
    const batches = Math.ceil(XSS_PAYLOADS.length / BATCH);
    console.log(
      `XSS corpus: ${XSS_PAYLOADS.length} payloads × ${SPOTS_PER_PAYLOAD.length} spots each = ${spots} placements, ` +
        `plus ${SPOTS_PER_BATCH.length} shared spots in each of ${batches} forms; ${tried} placements tried, ${executed} executed`,
    );
  });

  it('has over a hundred payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThan(100);
  });

  for (let start = 0; start < XSS_PAYLOADS.length; start += BATCH) {
    const payloads = XSS_PAYLOADS.slice(start, start + BATCH);
    it(`runs none of payloads ${start + 1}–${start + payloads.length}, in every place text is shown`, async () => {
      const form = batchForm(payloads);
      const screen = await render(
        <FormServicesProvider services={form.services}>
          <SkjemaForm
            layoutSet={form.layoutSet}
            language="nb"
            initialData={form.data}
            backendIssues={form.issues}
            environment={form.environment}
            subformLayoutSets={[standLayoutSet(standPage())]}
          />
        </FormServicesProvider>,
      );
      await expect.element(screen.getByRole('heading', { level: 1 })).toBeVisible();
      // The subform's entries arrive from the (in-memory) service.
      await expect.poll(() => document.querySelectorAll('#stands tbody tr').length).toBe(payloads.length);
      await settle();
      tried += payloads.length * SPOTS_PER_PAYLOAD.length + SPOTS_PER_BATCH.length;
      const root = screen.container;
      // A payload that holds the marks itself is shown as typed in its field: only the others count.
      expect(
        findingsIn(
          root,
          payloads.some((payload) => /[\uE000\uE001]/.test(payload)),
        ),
      ).toEqual([]);
      expect(executed).toBe(0);
      // Frames come only from the IFrame components, one per payload, none from the data.
      expect(root.querySelectorAll('iframe').length).toBe(payloads.length);
      expect(location.href).toBe(startUrl);
      expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
      // The messages are there (so their spots are not empty): each backend message at least once.
      expect((root.textContent ?? '').split('Feil: ').length - 1).toBeGreaterThanOrEqual(payloads.length);
      // Data stays data: what the user typed shows exactly as typed, and makes no link.
      payloads.forEach((payload, i) => {
        const shown = root.querySelector(`#plain-${i}`)?.textContent ?? '';
        expect(shown, JSON.stringify(payload)).toBe(withoutMarks(payload));
        expect(root.querySelectorAll(`#plain-${i} a, #expr-${i} a`).length).toBe(0);
      });
      screen.unmount();
    });
  }
});

function withoutMarks(text: string): string {
  return text.replace(/[\uE000\uE001]/g, '');
}

describe('the XSS checks themselves', () => {
  it('count a payload that runs, and find what a payload would need', async () => {
    const before = executed;
    const host = document.createElement('div');
    document.body.append(host);
    // What the form must never do: put text into the page as HTML.
    host.innerHTML = `<img src="x" onerror="__xss()"><a href="javascript:__xss()">x</a><script>__xss()</script>`;
    // The image's error comes when loading "x" fails, which a busy machine may take longer than settle() for.
    await expect.poll(() => executed, { timeout: 5000 }).toBe(before + 1);
    expect(findingsIn(host)).toEqual([
      '<img> has onerror',
      '<a> href: javascript: javascript:__xss()',
      '<script> is in the form',
    ]);
    host.remove();
    executed = before;
  });
});
