// `<skjema-form>` (dist/element) on a plain HTML page with no React: one module script, one
// stylesheet, the example app fetched as a JSON bundle, every response under a strict CSP. The user
// fills in and submits the form and the page hears the element's events; the language and
// read-only attributes apply live; a broken app says where it is broken; removing the element
// unmounts the form; a hostile host stylesheet changes nothing inside it, and skjema's styles
// change nothing outside it. Run after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { startElementPage, STRICT_CSP } from './elementPage.mjs';
import { acceptConditionsAndSend, fillApplicant, fillEventButDate } from './eventPermitSteps.mjs';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server;
let browser;
before(async () => {
  server = await startElementPage();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records the element's events, CSP violations and page errors from the start. */
async function openPage(query = '') {
  // A context of its own: axe's Playwright runner needs one it can reach.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  page.setDefaultTimeout(20_000);
  const record = { events: [], violations: [], errors: [] };
  await page.exposeFunction('__skjemaEvent', (name, detail) => record.events.push({ name, detail }));
  await page.exposeFunction('__violation', (text) => record.violations.push(text));
  await page.addInitScript(() => {
    for (const name of ['skjema-submit', 'skjema-save', 'skjema-validation', 'skjema-process', 'skjema-error']) {
      // Heard on the document: the events bubble out of the element.
      document.addEventListener(name, (event) => window.__skjemaEvent(name, JSON.parse(JSON.stringify(event.detail))));
    }
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violation(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy|Refused to/i.test(message.text())) record.violations.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  await page.goto(`${server.url}/${query}`);
  return { page, record };
}

const eventsNamed = (record, name) => record.events.filter((event) => event.name === name);

test('the page has no React of its own and is served under the strict CSP', async () => {
  const response = await fetch(`${server.url}/`);
  assert.equal(response.headers.get('content-security-policy'), STRICT_CSP);
  const html = await response.text();
  assert.equal(html.match(/<script/g).length, 1);
  assert.equal(html.match(/rel="stylesheet"/g).length, 1);
});

test('the script bundles React’s production build and makes no code from strings', () => {
  const code = readFileSync('dist/element/skjema-form.js', 'utf8');
  assert.ok(!code.includes('new Function('), 'no new Function: script-src without unsafe-eval forbids it');
  assert.ok(!code.includes('Error compiling schema'), 'no ajv compiler');
  assert.ok(!/from\s*["'](react|react-dom|@digdir|i18next)/.test(code), 'nothing left for the page to provide');
  // A message only React's development build has.
  assert.ok(!code.includes('Each child in a list should have a unique'), 'React’s production build');
});

test('a user fills in and submits the example app, and the page hears skjema-validation and skjema-submit with the data, with zero CSP violations', async () => {
  const { page, record } = await openPage();
  try {
    await page.getByText('Side 1 av 4').waitFor();
    // Moving on with nothing filled in shows errors, and the page is told how many.
    await page.getByRole('button', { name: 'Neste' }).click();
    await page.getByText('Du må rette disse feilene før du kan gå videre').waitFor();
    await waitFor(() => eventsNamed(record, 'skjema-validation').some((event) => event.detail.errors > 0));
    const shown = eventsNamed(record, 'skjema-validation').at(-1).detail;
    assert.ok(shown.messages.every((message) => typeof message.message === 'string' && message.message !== ''));

    await fillApplicant(page);
    await page.getByRole('button', { name: 'Neste' }).click();

    await page.getByText('Side 2 av 4').waitFor();
    await fillEventButDate(page);
    await page.getByRole('textbox', { name: 'Dato for arrangementet' }).fill('14.06.2027');
    await page.getByRole('checkbox', { name: 'Salg av mat' }).check();
    await page.getByRole('button', { name: 'Neste' }).click();

    await acceptConditionsAndSend(page);

    await waitFor(() => eventsNamed(record, 'skjema-submit').length > 0);
    const [submit] = eventsNamed(record, 'skjema-submit');
    assert.equal(submit.detail.mode, 'standalone');
    assert.equal(submit.detail.data.applicant.name, 'Sophie Salt');
    assert.equal(submit.detail.data.applicant.email, 'sophie@example.no');
    assert.equal(submit.detail.data.event.name, 'Bryggejazz');
    assert.equal(submit.detail.data.event.attendees, 1200);
    // The last shown messages went away once the user had filled in the page.
    assert.equal(eventsNamed(record, 'skjema-validation').at(-1).detail.errors, 0);
    // What was saved along the way reached the page as well.
    assert.ok(eventsNamed(record, 'skjema-save').length > 0);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
  } finally {
    await page.close();
  }
});

test('the language attribute switches the form to English live, keeping what the user typed', async () => {
  const { page, record } = await openPage();
  try {
    await page.getByRole('textbox', { name: 'Navn på søker' }).fill('Sophie Salt');
    await page.locator('skjema-form').evaluate((element) => element.setAttribute('language', 'en'));
    await page.getByText('Page 1 of 4').waitFor();
    assert.equal(await page.getByText('Side 1 av 4').count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Next' }).count(), 1);
    assert.equal(await page.locator('skjema-form').evaluate((element) => element.language), 'en');
    // The same field, now labelled in English, still holds the name.
    const name = page.getByRole('textbox', { name: "Applicant's name" });
    assert.equal(await name.inputValue(), 'Sophie Salt');
    assert.deepEqual(record.violations, []);
  } finally {
    await page.close();
  }
});

test('the readonly attribute makes every field read-only, and removing it makes them editable again', async () => {
  const { page } = await openPage('?readonly');
  try {
    const name = page.getByRole('textbox', { name: 'Navn på søker' });
    await name.waitFor();
    assert.equal(await name.isEditable(), false);
    assert.equal(await page.locator('skjema-form').evaluate((element) => element.readOnly), true);
    await page.locator('skjema-form').evaluate((element) => (element.readOnly = false));
    await waitFor(() => name.isEditable());
    await name.fill('Sophie Salt');
    assert.equal(await name.inputValue(), 'Sophie Salt');
  } finally {
    await page.close();
  }
});

test('a broken app shows where it is broken and fires skjema-error, and a src that cannot be fetched says so', async () => {
  const { page, record } = await openPage();
  try {
    await page.getByText('Side 1 av 4').waitFor();
    await page.locator('skjema-form').evaluate((element) => {
      element.app = {
        files: {
          'App/config/applicationmetadata.json': '{"id": "ttd/broken", "dataTypes": []}',
          'App/ui/layout-sets.json': '{ "sets": [ { "id": "form", ',
        },
      };
    });
    await page.getByRole('heading', { name: 'Skjemaet kunne ikke lastes' }).waitFor();
    await page.getByText('App/ui/layout-sets.json').first().waitFor();
    await waitFor(() => eventsNamed(record, 'skjema-error').length > 0);
    const [error] = eventsNamed(record, 'skjema-error');
    assert.equal(error.detail.fatal, true);
    assert.match(error.detail.message, /App\/ui\/layout-sets\.json/);
    assert.ok(error.detail.diagnostics.some((diagnostic) => diagnostic.file === 'App/ui/layout-sets.json'));

    await page.locator('skjema-form').evaluate((element) => {
      element.app = undefined;
      element.setAttribute('src', '/no-such-app.json');
    });
    await page.getByText(/no-such-app\.json kunne ikke hentes: HTTP 404/).waitFor();
    await waitFor(() => eventsNamed(record, 'skjema-error').length > 1);
    assert.equal(eventsNamed(record, 'skjema-error')[1].detail.fatal, true);
    assert.deepEqual(record.errors, []);
  } finally {
    await page.close();
  }
});

test('removing the element unmounts its form and hands over what was not saved yet; putting it back renders anew', async () => {
  const { page, record } = await openPage();
  try {
    await page.getByRole('textbox', { name: 'Navn på søker' }).fill('Sophie Salt');
    const saves = eventsNamed(record, 'skjema-save').length;
    const content = () =>
      page.evaluate(() => window.__element.shadowRoot.querySelectorAll('.skjema-element, input').length);
    await page.evaluate(() => {
      window.__element = document.querySelector('skjema-form');
      window.__element.remove();
    });
    await waitFor(async () => (await content()) === 0);
    // The change still waiting for its quiet period was handed to the page on the way out.
    await waitFor(() => eventsNamed(record, 'skjema-save').length > saves);
    const last = eventsNamed(record, 'skjema-save').at(-1).detail;
    assert.equal(last.models[0].data.applicant.name, 'Sophie Salt');

    await page.evaluate(() => document.querySelector('main').append(window.__element));
    await page.getByText('Side 1 av 4').waitFor();
    assert.equal(await page.locator('skjema-form').count(), 1);
    // Moving the element within the page keeps the form as it is (no unmount in between).
    await page.getByRole('textbox', { name: 'Navn på søker' }).fill('Moved');
    await page.evaluate(() => document.querySelector('header').append(window.__element));
    assert.equal(await page.getByRole('textbox', { name: 'Navn på søker' }).inputValue(), 'Moved');
  } finally {
    await page.close();
  }
});

// Computed styles that decide how a field looks, of elements inside the element's shadow root.
async function formStyles(page) {
  await page.getByRole('textbox', { name: 'Navn på søker' }).waitFor();
  // The fonts and stylesheets are in before anything is compared.
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => {
    const root = document.querySelector('skjema-form').shadowRoot;
    const properties = [
      'display',
      'font-family',
      'font-size',
      'font-weight',
      'line-height',
      'letter-spacing',
      'text-transform',
      'text-align',
      'color',
      'background-color',
      'margin-top',
      'padding-top',
      'padding-left',
      'border-top-width',
      'border-top-style',
      'width',
      'height',
    ];
    const pick = (element) =>
      Object.fromEntries(properties.map((property) => [property, getComputedStyle(element).getPropertyValue(property)]));
    const input = root.querySelector('input[type="text"], input:not([type])');
    return {
      host: pick(document.querySelector('skjema-form')).display,
      label: pick(root.querySelector(`label[for="${input.id}"]`)),
      input: pick(input),
      button: pick([...root.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Neste')),
      heading: pick(root.querySelector('h1, h2')),
    };
  });
}

test('a hostile host stylesheet changes nothing inside the form', async () => {
  const plain = await openPage();
  const hostile = await openPage('?hostile');
  try {
    const expected = await formStyles(plain.page);
    const actual = await formStyles(hostile.page);
    assert.equal(expected.input.display, 'block');
    assert.deepEqual(actual, expected);
    // Where the form sits stays the page's to say.
    const margin = await hostile.page
      .locator('skjema-form')
      .evaluate((element) => ((element.style.marginTop = '40px'), getComputedStyle(element).marginTop));
    assert.equal(margin, '40px');
    // It still works: a field takes input.
    await hostile.page.getByRole('textbox', { name: 'Navn på søker' }).fill('Sophie Salt');
    assert.equal(await hostile.page.getByRole('textbox', { name: 'Navn på søker' }).inputValue(), 'Sophie Salt');
    assert.deepEqual(hostile.record.violations, []);
  } finally {
    await plain.page.close();
    await hostile.page.close();
  }
});

test('skjema’s styles change nothing of the host page’s own elements', async () => {
  const host = (page) =>
    page.evaluate(() =>
      Object.fromEntries(
        ['html', 'body', '#host-heading', '#host-text', '#host-button'].map((selector) => {
          const style = getComputedStyle(document.querySelector(selector));
          return [selector, Object.fromEntries([...style].map((property) => [property, style.getPropertyValue(property)]))];
        }),
      ),
    );
  const bare = await openPage('?bare');
  const withForm = await openPage();
  try {
    await withForm.page.getByText('Side 1 av 4').waitFor();
    const expected = await host(bare.page);
    const actual = await host(withForm.page);
    // The form's own box is on the page: the page's boxes may grow around it. `--skjema-rem` is
    // registered as a length (src/element/shadowStyles.ts), so every element has its initial value.
    for (const style of [...Object.values(expected), ...Object.values(actual)]) {
      for (const property of ['height', 'block-size', 'inline-size', 'width', 'perspective-origin', 'transform-origin', '--skjema-rem']) {
        delete style[property];
      }
    }
    assert.deepEqual(actual, expected);
  } finally {
    await bare.page.close();
    await withForm.page.close();
  }
});

test('axe finds no WCAG 2.2 AA violation in the form on a plain page', async () => {
  const { page } = await openPage();
  try {
    await page.getByText('Side 1 av 4').waitFor();
    await page.getByRole('button', { name: 'Neste' }).click();
    await page.getByText('Du må rette disse feilene før du kan gå videre').waitFor();
    const results = await new AxeBuilder({ page }).include('skjema-form').withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
    assert.deepEqual(summary, []);
  } finally {
    await page.close();
  }
});

test('a link in the error report takes focus to its field inside the shadow root', async () => {
  const { page } = await openPage();
  try {
    await page.getByRole('button', { name: 'Neste' }).click();
    await page.getByRole('link', { name: 'Du må fylle ut e-postadresse' }).click();
    const email = page.getByRole('textbox', { name: 'E-postadresse' });
    await waitFor(() => email.evaluate((input) => input.getRootNode().activeElement === input));
  } finally {
    await page.close();
  }
});

async function waitFor(condition, timeout = 10_000) {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeout) throw new Error(`Timed out waiting for ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
