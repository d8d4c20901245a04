/**
 * The screenshot of docs/preview.md's chain of services: an application completed in app A
 * (tests/preview/fixtures/chain-a) starts a permit in app B (chain-b) through an event; the
 * person opens B and finds the permit filled in from the application.
 *
 *   npx tsx scripts/screenshots/events-chain.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { previewPage } from '../../src/bin/previewPage.ts';
import { startPreviewServer, type PreviewServer } from '../../src/preview/index.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.mjs';

const FIXTURES = resolve(import.meta.dirname, '../../tests/preview/fixtures');
const OUT = resolve(import.meta.dirname, '../../docs/images/events-chain.png');
const dataDirs: string[] = [];

async function start(name: string, options: Partial<Parameters<typeof startPreviewServer>[0]> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), `skjema-shot-${name}-`));
  dataDirs.push(dataDir);
  return startPreviewServer({ appDir: join(FIXTURES, name), dataDir, watch: false, log: () => {}, ...options });
}

async function call(url: string, token: string, method = 'GET', body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

const a = await start('chain-a');
// The page is made from the running server, and the server asks the page for what is not the API.
const frontend: { page?: Awaited<ReturnType<typeof previewPage>> } = {};
const b: PreviewServer = await start('chain-b', {
  processor: join(FIXTURES, 'chain-b/processor.mjs'),
  frontend: (req, res) => frontend.page?.handle(req, res) ?? false,
});
frontend.page = await previewPage(b);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const orgToken = await (await fetch(`${a.url}/Home/GetTestOrgToken/skjema`)).text();
  await call(`${a.url}/events/api/v1/subscriptions`, orgToken, 'POST', {
    endPoint: b.eventsReceiverUrl,
    sourceFilter: a.appUrl,
    typeFilter: 'app.instance.process.completed',
  });
  await new Promise((done) => setTimeout(done, 500));
  const user = await (await fetch(`${a.url}/Home/GetTestUserToken?userId=1337`)).text();
  const application = (await call(`${a.appUrl}/instances?instanceOwnerPartyId=501337`, user, 'POST')) as {
    id: string;
    data: { id: string; dataType: string }[];
  };
  const element = application.data.find((data) => data.dataType === 'application')!;
  await call(`${a.appUrl}/instances/${application.id}/data/${element.id}`, user, 'PATCH', {
    patch: [
      { op: 'add', path: '/organiser', value: { name: 'Sophie Salt', email: 'sophie@example.no' } },
      { op: 'add', path: '/event', value: { title: 'Sommerkonsert på Bryggen', date: '2027-06-21' } },
    ],
  });
  await call(`${a.appUrl}/instances/${application.id}/process/next`, user, 'PUT');

  const userOfB = await (await fetch(`${b.url}/Home/GetTestUserToken?userId=1337`)).text();
  let permits: { id: string }[] = [];
  for (let attempt = 0; attempt < 100 && permits.length === 0; attempt++) {
    await new Promise((done) => setTimeout(done, 100));
    permits = (await call(`${b.appUrl}/instances/501337/active`, userOfB)) as { id: string }[];
  }
  if (permits.length === 0) throw new Error('No permit was started in app B.');

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nb-NO' });
  const tab = await context.newPage();
  await tab.goto(`${b.url}/Home/LogInTestUser?userId=1337&goto=/`);
  await tab.goto(`${b.url}/#/instance/${permits[0]!.id}`);
  await tab
    .getByText('Sommerkonsert på Bryggen')
    .first()
    .or(tab.getByRole('textbox').first())
    .waitFor({ timeout: 20_000 })
    .catch(async (error: unknown) => {
      await tab.screenshot({ path: '/tmp/events-chain-debug.png' });
      throw error;
    });
  await tab.waitForTimeout(1000);
  // The page moves focus to the heading for screen readers; its ring is not what the picture is about.
  await tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tab.screenshot({ path: OUT, fullPage: true });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  await frontend.page.close();
  await b.close();
  await a.close();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
}
