/**
 * The screenshot of the preview's inbox in docs/preview.md: the example app with a handful of cases
 * of Sophie Salt's in different states, a search typed in, at 1280 px (and 375 px for a phone).
 * Run with `npx tsx scripts/screenshots/inbox.ts`; writes docs/images/inbox.png and inbox-375.png.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { previewPage } from '../../src/bin/previewPage.ts';
import type { PreviewFrontend } from '../../src/bin/previewFrontend.ts';
import { loadPreviewApp } from '../../src/preview/app/previewApp.ts';
import { describeServedApps } from '../../src/preview/inbox/indexedApp.ts';
import { startPreviewServer } from '../../src/preview/index.ts';
import { PreviewStore } from '../../src/preview/storage/store.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.mjs';
import { seedInstance, type SeedStage } from '../support/inboxSeed.ts';

const APP_DIR = resolve(import.meta.dirname, '../../examples/event-permit');
const IMAGES = resolve(import.meta.dirname, '../../docs/images');

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const event = (name: string, date: string, attendees: number, description: string) => ({
  name,
  category: 'music',
  date,
  attendees,
  description,
});
const applicant = { type: 'person', name: 'Sophie Salt', email: 'sophie@example.no', phone: '99887766' };
const cases: { stage: SeedStage; at: string; model: Record<string, unknown> }[] = [
  {
    stage: 'filling',
    at: hoursAgo(1),
    model: { applicant, event: event('Bryggejazz', '14.06.2027', 1200, 'Jazz på Bryggen med scene og lydanlegg.') },
  },
  {
    stage: 'confirming',
    at: hoursAgo(26),
    model: {
      applicant,
      event: event('Jazz i parken', '02.07.2027', 400, 'Jazzkonsert i Byparken, med servering.'),
      conditions: { accepted: 'true' },
    },
  },
  { stage: 'filling', at: hoursAgo(70), model: { applicant: { name: 'Sophie Salt' }, event: { name: 'Loppemarked' } } },
  {
    stage: 'archived',
    at: hoursAgo(400),
    model: {
      applicant,
      event: event('Julemarked på torget', '05.12.2026', 3000, 'Julemarked med jazzband.'),
      conditions: { accepted: 'true' },
    },
  },
  {
    stage: 'archived',
    at: hoursAgo(900),
    model: { applicant, event: event('Vårløpet', '20.04.2026', 800, 'Løp rundt vannet.') },
  },
];

const dataDir = mkdtempSync(join(tmpdir(), 'skjema-screenshot-inbox-'));
try {
  const app = await loadPreviewApp(APP_DIR);
  const store = new PreviewStore(dataDir, { describeApp: describeServedApps(() => [app]) });
  for (const seed of cases) seedInstance(store, app, { partyId: 501337, ...seed });
  store.close();

  // The page is made from the running server, so requests before that fall through to a 404.
  const made: { frontend?: PreviewFrontend } = {};
  const server = await startPreviewServer({
    appDir: APP_DIR,
    dataDir,
    watch: false,
    log: () => {},
    frontend: (req: IncomingMessage, res: ServerResponse) => made.frontend?.handle(req, res) ?? false,
  });
  const frontend = await previewPage(server);
  made.frontend = frontend;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const [width, file, search] of [
      [1280, 'inbox.png', 'jazz'],
      [375, 'inbox-375.png', ''],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'nb-NO' });
      await page.goto(
        `${server.url}/Home/LogInTestUser?userId=1337&authenticationLevel=2&goto=${encodeURIComponent('/#/inbox')}`,
      );
      await page.getByRole('heading', { name: 'Dine saker' }).waitFor();
      if (search) {
        await page.getByRole('searchbox', { name: 'Søk i sakene' }).fill(search);
        await page.getByText('3 saker').waitFor();
      } else {
        await page.getByText('5 saker').waitFor();
      }
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(IMAGES, file), fullPage: true });
      await page.close();
      console.log(`docs/images/${file}`);
    }
  } finally {
    await browser.close();
    await frontend.close();
    await server.close();
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
