/**
 * docs/images/prefill.png: a form in skjema preview whose fields were prefilled from the register
 * and the user's profile, each saying where its value came from. Starts the preview server on port
 * 0 over the service test app with the page from source, signs in as Sophie Salt in headless
 * Chromium and saves the page at 1280 px wide.
 *
 *   npx tsx scripts/screenshots/prefill.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { previewPage } from '../../src/bin/previewPage.ts';
import type { PreviewFrontend } from '../../src/bin/previewFrontend.ts';
import { startPreviewServer } from '../../src/preview/index.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const output = join(root, 'docs/images/prefill.png');
const dataDir = mkdtempSync(join(tmpdir(), 'skjema-screenshot-prefill-'));
// The page needs the running server; requests before it exists fall through to the API's 404.
const served: { frontend?: PreviewFrontend } = {};
const server = await startPreviewServer({
  appDir: join(root, 'tests/preview/fixtures/service-app'),
  dataDir,
  port: 0,
  watch: false,
  log: () => {},
  frontend: (req, res) => served.frontend?.handle(req, res) ?? false,
});
const frontend = await previewPage(server);
served.frontend = frontend;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/Home/LogInTestUser?userId=1337&authenticationLevel=2&goto=/`);
  page.on('console', (message) => console.log(`page: ${message.text()}`));
  try {
    await page.getByRole('textbox', { name: 'Etternavn' }).waitFor({ timeout: 60_000 });
  } catch (error) {
    await page.screenshot({ path: join(tmpdir(), 'prefill-failed.png') });
    throw error;
  }
  await page.getByText('Hentet fra profilen din').waitFor();
  // The heading takes focus for screen readers after load; its outline is not what the picture is about.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: output, fullPage: true });
  console.log(`Saved ${output}`);
} finally {
  await browser.close();
  await frontend.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
