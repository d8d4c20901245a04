/**
 * docs/images/element.png: `<skjema-form>` on a plain HTML page at 1280 px (one script, one
 * stylesheet, no React on the page), the example app's first page after a press on "Neste" with
 * nothing filled in. Run `npm run build` first, then `npx tsx scripts/screenshots/element.ts`.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.mjs';
import { startElementPage } from '../../tests/dist/elementPage.mjs';

const root = resolve(import.meta.dirname, '../..');
const server = await startElementPage({ app: resolve(root, 'examples/event-permit') });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/`);
  await page.getByRole('textbox', { name: 'Navn på søker' }).fill('Sophie Salt');
  await page.getByRole('button', { name: 'Neste' }).click();
  await page.getByText('Du må rette disse feilene før du kan gå videre').waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: resolve(root, 'docs/images/element.png'), fullPage: true });
} finally {
  await browser.close();
  await server.close();
}
