/*
 * docs/images/statistics.png: the preview's statistics page after a user has worked through part
 * of the example app in a real browser (validation met, pages filled, the tab left before
 * submitting), beside a few more instances made through the API.
 *
 *   npx tsx scripts/screenshots/statistics.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { previewPage } from '../../src/bin/previewPage.ts';
import { startPreviewServer } from '../../src/preview/index.ts';
import type { PreviewFrontend } from '../../src/bin/previewFrontend.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'skjema-statistics-'));
// The page is made from the running server, so requests reach it through this holder.
const holder: { frontend?: PreviewFrontend } = {};
const server = await startPreviewServer({
  appDir: join(root, 'examples/event-permit'),
  dataDir,
  port: 0,
  watch: false,
  log: () => {},
  frontend: (req, res) => holder.frontend?.handle(req, res) ?? false,
});
const frontend = await previewPage(server);
holder.frontend = frontend;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  // Two more users have started the service and stopped on its first task.
  for (const userId of [12345, 1337]) {
    const token = await (await fetch(`${server.url}/Home/GetTestUserToken?userId=${userId}`)).text();
    const profile = (await (
      await fetch(`${server.appUrl}/api/v1/profile/user`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { partyId: number };
    const created = await fetch(`${server.appUrl}/instances?instanceOwnerPartyId=${profile.partyId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    if (created.status !== 201) throw new Error(`instance not created: ${created.status} ${await created.text()}`);
  }

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/Home/LogInTestUser?userId=1337&authenticationLevel=2&goto=/`);
  await page.getByText('Side 1 av 4').waitFor({ timeout: 120_000 });
  // Next with nothing filled in: the required messages appear.
  await page.getByRole('button', { name: 'Neste' }).click();
  await page.getByRole('radio', { name: 'Privatperson' }).check();
  await page.getByRole('textbox', { name: 'Navn på søker' }).fill('Sophie Salt');
  await page.getByRole('textbox', { name: 'E-postadresse' }).fill('sophie@');
  await page.getByRole('button', { name: 'Neste' }).click();
  await page.waitForTimeout(1200);
  await page.getByRole('textbox', { name: 'E-postadresse' }).fill('sophie@example.no');
  await page.getByRole('textbox', { name: 'Telefonnummer' }).fill('99 88 77 66');
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: 'Neste' }).click();
  await page.getByText('Side 2 av 4').waitFor();
  await page.getByRole('button', { name: 'Neste' }).click();
  await page.getByRole('textbox', { name: 'Navn på arrangementet' }).fill('Bryggejazz');
  await page.waitForTimeout(2500);
  // The user leaves before submitting: the page is hidden, and the statistics page opens.
  await page.goto(`${server.url}/#/statistics`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await page.getByRole('table').first().waitFor();
  await page.screenshot({ path: join(root, 'docs/images/statistics.png'), fullPage: true });
  console.log('docs/images/statistics.png written');
} finally {
  await browser.close();
  await frontend.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
