// `<skjema-form>` in connected mode (`base-url`, `org`, `app`, `instance`) against the built `skjema
// preview`, reached through the plain page's own origin under the strict CSP: the user fills in the
// example service's instance and submits it, and the page hears skjema-save, skjema-process and
// skjema-submit. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { startElementPage } from './elementPage.mjs';
import { startPreview } from './previewProcess.mjs';
import { acceptConditionsAndSend, fillApplicant, fillEventButDate } from './eventPermitSteps.mjs';

test('an instance of the example service is filled in and submitted through <skjema-form base-url>, with its events on the page', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'skjema-dist-element-'));
  const preview = startPreview(dataDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  let server;
  try {
    const base = await preview.url;
    server = await startElementPage({ proxy: base });
    const token = await (await fetch(`${base}/Home/GetTestUserToken?userId=1337&authenticationLevel=2`)).text();
    const created = await fetch(`${base}/skjema/event-permit/instances?instanceOwnerPartyId=501337`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.equal(created.status, 201);
    const instance = await created.json();

    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    const events = [];
    const violations = [];
    const errors = [];
    await page.exposeFunction('__skjemaEvent', (name, detail) => events.push({ name, detail }));
    await page.exposeFunction('__violation', (text) => violations.push(text));
    await page.addInitScript(() => {
      for (const name of ['skjema-submit', 'skjema-save', 'skjema-validation', 'skjema-process', 'skjema-error']) {
        document.addEventListener(name, (event) => window.__skjemaEvent(name, JSON.parse(JSON.stringify(event.detail))));
      }
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__violation(`${event.effectiveDirective} ${event.blockedURI}`),
      );
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/?empty`);
    await page.evaluate(
      ({ token, instanceId }) => {
        const form = document.createElement('skjema-form');
        form.auth = { kind: 'bearer', token };
        form.setAttribute('base-url', '');
        form.setAttribute('org', 'skjema');
        form.setAttribute('app', 'event-permit');
        form.setAttribute('instance', instanceId);
        document.querySelector('main').append(form);
      },
      { token, instanceId: instance.id },
    );

    await page.getByText('Side 1 av 4').waitFor();
    await fillApplicant(page);
    await page.getByRole('button', { name: 'Neste' }).click();
    await page
      .getByText('Side 2 av 4')
      .waitFor()
      .catch(async (error) => {
        await page.screenshot({ path: join(tmpdir(), 'skjema-element-connected.png'), fullPage: true });
        throw error;
      });
    const saved = events.filter((event) => event.name === 'skjema-save');
    assert.ok(saved.length > 0, 'the backend stored what the user typed');
    assert.ok(saved.every((event) => event.detail.mode === 'connected' && event.detail.status === 'saved'));

    await fillEventButDate(page);
    await page.getByRole('textbox', { name: 'Dato for arrangementet' }).fill('14.06.2027');
    await page.getByRole('checkbox', { name: 'Salg av mat' }).check();
    await page.getByRole('button', { name: 'Neste' }).click();
    await acceptConditionsAndSend(page);
    await page.getByRole('button', { name: 'Send inn', exact: true }).click();
    await page.getByRole('heading', { name: 'Skjemaet er sendt inn' }).waitFor();

    const processMoves = events.filter((event) => event.name === 'skjema-process');
    assert.ok(processMoves.length > 0, 'the page heard the process move');
    assert.ok(processMoves.every((event) => typeof event.detail.ended === 'boolean'));
    const submit = events.find((event) => event.name === 'skjema-submit');
    assert.ok(submit, 'the page heard the submit');
    assert.equal(submit.detail.mode, 'connected');
    assert.equal(submit.detail.instanceId, instance.id);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server?.close();
    preview.child.kill('SIGTERM');
    await new Promise((done) => preview.child.once('exit', done));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
