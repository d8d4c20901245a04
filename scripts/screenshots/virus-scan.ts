/**
 * docs/images/virus-scan.png: an upload field after clamd found a virus in one of two files, and
 * the submission it blocked. Starts a real clamd (as the tests do), `skjema preview` over a copy of
 * the preview test app with a scanned upload field, and headless Chromium.
 *
 *   npx tsx scripts/screenshots/virus-scan.ts
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { previewPage } from '../../src/bin/previewPage.ts';
import { startPreviewServer } from '../../src/preview/index.ts';
import { eicar, startClamd } from '../../tests/preview/support/clamd.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const output = join(root, 'docs/images/virus-scan.png');

function json(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** The preview test app with an upload field for the scanned data type and a submit button. */
function makeApp(): string {
  const appDir = mkdtempSync(join(tmpdir(), 'skjema-virus-shot-'));
  cpSync(join(root, 'tests/preview/fixtures/preview-app'), appDir, { recursive: true });
  const metadataFile = join(appDir, 'App/config/applicationmetadata.json');
  const metadata = json(metadataFile) as { dataTypes: Record<string, unknown>[]; title: unknown };
  metadata.title = { nb: 'Søknad om tilskudd' };
  for (const type of metadata.dataTypes) if (type.id === 'scanned') type.validationErrorOnPendingFileScan = true;
  writeFileSync(metadataFile, JSON.stringify(metadata, null, 2));
  const layoutFile = join(appDir, 'App/ui/form/layouts/page1.json');
  writeFileSync(
    layoutFile,
    JSON.stringify({
      data: {
        layout: [
          {
            id: 'name',
            type: 'Input',
            dataModelBindings: { simpleBinding: 'name' },
            textResourceBindings: { title: 'name.label' },
            required: true,
          },
          {
            id: 'scanned',
            type: 'FileUpload',
            displayMode: 'list',
            maxNumberOfAttachments: 5,
            textResourceBindings: { title: 'scanned.title', description: 'scanned.description' },
          },
          { id: 'submit', type: 'Button', mode: 'submit', textResourceBindings: { title: 'submit.title' } },
        ],
      },
    }),
  );
  const textsFile = join(appDir, 'App/config/texts/resource.nb.json');
  const texts = json(textsFile) as { resources: { id: string; value: string }[] };
  texts.resources.push(
    { id: 'appName', value: 'Søknad om tilskudd' },
    { id: 'page1', value: 'Søker og vedlegg' },
    { id: 'name.label', value: 'Navn på søker' },
    { id: 'scanned.title', value: 'Vedlegg' },
    { id: 'scanned.description', value: 'Last opp budsjett og kvitteringer. Vedleggene sjekkes for virus.' },
    { id: 'submit.title', value: 'Send inn' },
  );
  writeFileSync(textsFile, JSON.stringify(texts, null, 2));
  return appDir;
}

const appDir = makeApp();
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
