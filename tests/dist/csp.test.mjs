// The built `skjema preview` under the strict Content-Security-Policy it sends with its page
// (issue 12): the example service renders, validates and submits in real Chromium with no
// violation at all, and schema validation is on (under such a policy ajv's compiler cannot run, and
// validation used to switch itself off in silence). Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { startPreview } from './previewProcess.mjs';
import { acceptConditionsAndSend, fillApplicant, fillEventButDate } from './eventPermitSteps.mjs';

const PORT = 4175;
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'";

test('the example service renders, refuses a value against the schema, and submits under a strict CSP with zero violations', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'skjema-dist-csp-'));
  const preview = startPreview(dataDir, { port: PORT });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const base = await preview.url;
    const response = await fetch(`${base}/`);
    assert.equal(response.headers.get('content-security-policy'), STRICT);

    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    // Every violation on every page the walk loads, as the page sees it (the event) and as the
    // browser reports it (the console).
    const violations = [];
    await page.exposeFunction('__reportViolation', (violation) => violations.push(violation));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__reportViolation(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
      );
    });
    const consoleViolations = [];
    const pageErrors = [];
    page.on('console', (message) => {
      if (/Content[ -]Security[ -]Policy|Refused to/i.test(message.text())) consoleViolations.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const validatorModules = [];
    page.on('response', (answer) => {
      if (answer.url().includes('/skjema/validators/')) validatorModules.push(`${answer.status()} ${answer.url()}`);
    });

    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'Sophie Salt' }).click();
    await page.getByText('Side 1 av 4').waitFor();
    await fillApplicant(page);
    await page.getByRole('button', { name: 'Neste' }).click();

    await page.getByText('Side 2 av 4').waitFor();
    await fillEventButDate(page);
    // The schema's pattern is dd.mm.yyyy: an ISO date breaks it.
    const date = page.getByRole('textbox', { name: 'Dato for arrangementet' });
    await date.fill('2027-06-14');
    await date.blur();

    // Refused: the schema's message is shown and the form stays where it is, with nothing submitted.
    await page.getByRole('button', { name: 'Neste' }).click();
    await page.getByText('Feil format eller verdi').first().waitFor();
    await page.getByText('Side 2 av 4').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Send inn søknaden' }).count(), 0);

    await date.fill('14.06.2027');
    await date.blur();
    await page.getByText('Feil format eller verdi').first().waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Salg av mat' }).check();
    await page.getByRole('button', { name: 'Neste' }).click();

    await acceptConditionsAndSend(page);
    await page.getByRole('button', { name: 'Send inn', exact: true }).click();
    await page.getByRole('heading', { name: 'Skjemaet er sendt inn' }).waitFor();

    // Validation ran on the modules the server compiled, not on a compiler in the page.
    assert.deepEqual(validatorModules, [`200 ${base}/skjema/event-permit/skjema/validators/model.js`]);
    assert.deepEqual(violations, []);
    assert.deepEqual(consoleViolations, []);
    assert.deepEqual(pageErrors, []);
  } finally {
    await browser.close();
    preview.child.kill('SIGTERM');
    await new Promise((done) => preview.child.once('exit', done));
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('--csp replaces the page’s policy, and --csp none sends none', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'skjema-dist-csp-'));
  try {
    for (const [flag, expected] of [
      ["default-src 'self'; img-src 'self' https://cdn.example", "default-src 'self'; img-src 'self' https://cdn.example"],
      ['none', null],
    ]) {
      const preview = startPreview(dataDir, { port: PORT, extra: ['--csp', flag] });
      try {
        const response = await fetch(`${await preview.url}/`);
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('content-security-policy'), expected);
      } finally {
        preview.child.kill('SIGTERM');
        await new Promise((done) => preview.child.once('exit', done));
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
