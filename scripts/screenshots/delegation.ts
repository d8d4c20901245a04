/**
 * docs/images/delegation.png: the preview's delegation page as Sophie Salt sees it for DDG Fitness,
 * with two delegations given and a third being filled in. Run with `npx tsx scripts/screenshots/delegation.ts`;
 * `--narrow` also saves a 375 px wide shot to /tmp to look at.
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
const dataDir = mkdtempSync(join(tmpdir(), 'skjema-delegation-shot-'));
// The page is made from the running server, so the server asks for it through this holder.
const page: { frontend?: PreviewFrontend } = {};
const server = await startPreviewServer({
  appDir: join(root, 'examples/event-permit'),
  port: 0,
  dataDir,
  watch: false,
  log: () => {},
  frontend: (req, res) => page.frontend?.handle(req, res) ?? false,
});
const frontend = await previewPage(server);
page.frontend = frontend;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const token = await (await fetch(`${server.url}/Home/GetTestUserToken?userId=1337`)).text();
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.appUrl}/${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<{ id: string }>;
  };
  const instance = await api('POST', 'instances?instanceOwnerPartyId=500000');
  await api('POST', 'skjema/delegations', {
    from: { partyId: 500000 },
    to: { userId: 12345 },
    rights: [{ action: 'instantiate' }, { action: 'read' }, { action: 'write', taskId: 'Task_1' }],
  });
  await api('POST', 'skjema/delegations', {
    from: { partyId: 500000 },
    to: { userId: 1001 },
    instanceId: instance.id,
    rights: [{ action: 'read' }, { action: 'confirm', taskId: 'Task_2' }],
  });

  const widths = process.argv.includes('--narrow') ? [1280, 375] : [1280];
  for (const width of widths) {
    const tab = await browser.newPage({ viewport: { width, height: 900 } });
    await tab.goto(`${server.url}/Home/LogInTestUser?userId=1337&goto=${encodeURIComponent('/#/delegations')}`);
    await tab.getByRole('combobox', { name: 'Part som gir tilgang' }).selectOption('500000');
    await tab.getByRole('row', { name: /Ola Nordmann/ }).waitFor();
    await tab.getByRole('combobox', { name: 'Mottaker' }).selectOption('1002');
    await tab.getByRole('checkbox', { name: 'Se', exact: true }).check();
    await tab.getByRole('checkbox', { name: 'Fylle ut og endre' }).check();
    const file = width === 1280 ? join(root, 'docs/images/delegation.png') : '/tmp/delegation-375.png';
    await tab.screenshot({ path: file, fullPage: true });
    console.log(`saved ${file}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await frontend.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
