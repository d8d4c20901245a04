import { rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { previewPage } from '../../src/bin/previewPage.ts';
import { startPreviewServer, type PreviewServer } from '../../src/preview/index.ts';
import { clamdAvailability, eicar, startClamd, type RunningClamd } from '../preview/support/clamd.ts';
import { scannedUploadApp } from '../preview/support/scannedUploadApp.ts';
import { expectNoAxeViolations } from './axe.ts';

// Its own `skjema preview` with a real clamd (not the example app's service of playwright.config.ts).
const clamd = clamdAvailability();

test.describe('attachments scanned by clamd, in the browser', () => {
  test.skip(!clamd.available, 'clamd is not installed');

  let scanner: RunningClamd;
  let server: PreviewServer;
  let closeFrontend: () => Promise<void> = async () => {};
  const appDir = scannedUploadApp();
  const dataDir = mkdtempSync(join(tmpdir(), 'skjema-e2e-virus-'));

  test.beforeAll(async () => {
    scanner = await startClamd();
    const made: { frontend?: Awaited<ReturnType<typeof previewPage>> } = {};
    server = await startPreviewServer({
      appDir,
      dataDir,
      port: 0,
      watch: false,
      scanner: scanner.tcpAddress,
      log: () => {},
      frontend: (req, res) => made.frontend?.handle(req, res) ?? false,
    });
    made.frontend = await previewPage(server);
    closeFrontend = () => made.frontend!.close();
  });

  test.afterAll(async () => {
    await server?.close();
    await closeFrontend();
    await scanner?.stop();
    rmSync(appDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('shows each file being scanned, then clean or infected; an infected file blocks submitting until it is deleted', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto(`${server.url}/Home/LogInTestUser?userId=1337&goto=/`);
    await page.getByRole('textbox', { name: 'Navn på søker' }).fill('Sophie Salt');
    await page.locator('input[type=file]').setInputFiles([
      { name: 'budsjett.txt', mimeType: 'text/plain', buffer: Buffer.from('Budsjett 2027\n') },
      { name: 'kvittering.txt', mimeType: 'text/plain', buffer: eicar() },
    ]);
    const budget = page.getByRole('row', { name: /budsjett\.txt/ });
    const receipt = page.getByRole('row', { name: /kvittering\.txt/ });
    // The upload answers Pending; the page re-reads the instance every 5 s until the scans are done.
    await expect(receipt).toContainText('Sjekkes for virus');
    await expect(receipt).toContainText('Inneholder virus. Slett filen.', { timeout: 15_000 });
    await expect(budget).toContainText('Ingen virus funnet');
    await expect(budget.getByRole('link', { name: 'budsjett.txt' })).toBeVisible();
    await expect(receipt.getByRole('link')).toHaveCount(0);
    const alert = page.getByText('Filen kvittering.txt inneholder virus. Slett den før du sender inn.');
    await expect(alert.first()).toBeVisible();
    await expectNoAxeViolations(page, 'an infected upload');

    await page.getByRole('button', { name: 'Send inn' }).click();
    await expect(alert).toHaveCount(2);
    await expect(page.getByText('Steg 1 av 3')).toBeVisible();

    await receipt.getByRole('button', { name: 'Slett' }).click();
    await expect(receipt).toHaveCount(0);
    // The alert above the field goes with the file (the refused submission's summary stays until the next try).
    await expect(page.locator('.skjema-infected-alert')).toHaveCount(0);
    await page.getByRole('button', { name: 'Send inn' }).click();
    await expect(page.getByText('Steg 2 av 3')).toBeVisible();
  });
});
