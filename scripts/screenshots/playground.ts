/*
 * docs/images/playground.png: the playground of `skjema preview` (#/playground) at 1280 px, with
 * the example app, a property the layout schema does not know typed into the first page's layout
 * and marked at its line, and the form beside the editors.
 *
 *   npx tsx scripts/screenshots/playground.ts
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
const dataDir = mkdtempSync(join(tmpdir(), 'skjema-playground-'));
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
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/Home/LogInTestUser?userId=1337&authenticationLevel=2&goto=/`);
  await page.getByText('Side 1 av 4').waitFor({ timeout: 120_000 });
  // The footer's link opens the playground.
  await page.getByRole('link', { name: 'Lekeplass for skjemaer' }).click();
  const form = page.getByTestId('playground-frame');
  await form.getByRole('heading', { name: 'Om søkeren' }).waitFor({ timeout: 120_000 });
  await page.getByText('Ingen funn.').waitFor();
  // A typo a designer makes: "colour" for a property the layout schema does not have.
  await page.getByRole('textbox', { name: 'Layout for siden applicant' }).getByText('"applicant-header"').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"colour": "red",');
  await page.locator('.cm-lintRange-error, .cm-lintRange-warning').first().waitFor();
  await page.locator('.cm-lintRange-error, .cm-lintRange-warning').first().hover();
  await page.locator('.cm-tooltip-lint').waitFor();
  await page.screenshot({ path: join(root, 'docs/images/playground.png'), fullPage: true });
  console.log('docs/images/playground.png written');
} finally {
  await browser.close();
  await frontend.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
