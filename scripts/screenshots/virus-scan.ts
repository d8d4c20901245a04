/**
 * docs/images/virus-scan.png: an upload field after clamd found a virus in one of two files, and
 * the submission it blocked. Starts a real clamd (as the tests do), `skjema preview` over a copy of
 * the preview test app with a scanned upload field, and headless Chromium.
 *
 *   npx tsx scripts/screenshots/virus-scan.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { previewPage } from '../../src/bin/previewPage.ts';
import { startPreviewServer } from '../../src/preview/index.ts';
import { eicar, startClamd } from '../../tests/preview/support/clamd.ts';
import { scannedUploadApp } from '../../tests/preview/support/scannedUploadApp.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.mjs';

const output = resolve(import.meta.dirname, '../../docs/images/virus-scan.png');

const appDir = scannedUploadApp();
const dataDir = mkdtempSync(join(tmpdir(), 'skjema-virus-shot-data-'));
const clamd = await startClamd();
// The page is made once the server runs, as `skjema preview` does.
const made: { frontend?: Awaited<ReturnType<typeof previewPage>> } = {};
const served = await startPreviewServer({
  appDir,
  dataDir,
  port: 0,
  watch: false,
  scanner: clamd.tcpAddress,
  log: () => {},
  frontend: (req, res) => made.frontend?.handle(req, res) ?? false,
});
made.frontend = await previewPage(served);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
  await page.goto(`${served.url}/Home/LogInTestUser?userId=1337&goto=/`);
  await page.getByRole('textbox', { name: 'Navn på søker' }).fill('Sophie Salt');
  await page.locator('input[type=file]').setInputFiles([
    { name: 'budsjett.txt', mimeType: 'text/plain', buffer: Buffer.from('Budsjett 2027\nLeie av lokale: 12 000 kr\n') },
    { name: 'kvittering.txt', mimeType: 'text/plain', buffer: eicar() },
  ]);
  // The page re-reads the instance every 5 s while a scan is pending.
  await page.getByText('Inneholder virus. Slett filen.').waitFor({ timeout: 30_000 });
  await page.getByText('Ingen virus funnet').waitFor();
  await page.getByRole('button', { name: 'Send inn' }).click();
  await page.getByText('Filen kvittering.txt inneholder virus. Slett den før du sender inn.').nth(1).waitFor();
  await page.screenshot({ path: output, fullPage: true });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  await served.close();
  await made.frontend?.close();
  await clamd.stop();
  rmSync(appDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
