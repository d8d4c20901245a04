/**
 * The screenshot in docs/preview.md "Several apps": `skjema preview` on the example app and the
 * test fixture in one server, its page at `/` listing them, in headless Chromium at 1280 px.
 * Run with `npx tsx scripts/screenshots/multiapp.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { previewPage } from '../../src/bin/previewPage.ts';
import type { PreviewFrontend } from '../../src/bin/previewFrontend.ts';
import { startPreviewServer } from '../../src/preview/index.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'skjema-screenshot-'));
// The page is made from the running server, so requests before then fall through to the API.
const pages: { frontend?: PreviewFrontend } = {};
const server = await startPreviewServer({
  apps: [{ appDir: join(ROOT, 'examples/event-permit') }, { appDir: join(ROOT, 'tests/preview/fixtures/preview-app') }],
  dataDir,
  watch: false,
  log: () => {},
  frontend: (req, res) => pages.frontend?.handle(req, res) ?? false,
});
const frontend = await previewPage(server);
pages.frontend = frontend;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 640 } });
  await page.goto(`${server.url}/`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await page.screenshot({ path: join(ROOT, 'docs/images/preview-several-apps.png') });
  // Each app's own page: the login first, which comes back to the same app.
  await page.getByRole('link', { name: /Preview test form|Testskjema/ }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Sophie Salt' }).click();
  // Signed in, back on the same app's page with a new instance of that app.
  await page.waitForURL(/\/skjema\/preview-fixture\/#\/instance\//);
  console.log(page.url());
} finally {
  await browser.close();
  await frontend.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
