/**
 * The screenshot of the docs site in docs/getting-started.md's place on Storybook: the built
 * Storybook (run `npm run build-storybook` first) served from storybook-static, its "Getting
 * started" page at 1280 px with the sidebar of the whole site.
 * Run with `npx tsx scripts/screenshots/docs-site.ts`; writes docs/images/docs-site.png.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { toId } from 'storybook/internal/csf';
import { DOC_PAGES } from '../../stories/docs/docPages.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.mjs';

const SITE = resolve(import.meta.dirname, '../../storybook-static');
const IMAGE = resolve(import.meta.dirname, '../../docs/images/docs-site.png');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  try {
    const body = await readFile(join(SITE, path.endsWith('/') ? `${path}index.html` : path));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const id = toId(DOC_PAGES['docs/getting-started.md'], 'docs');
  await page.goto(`http://127.0.0.1:${port}/index.html?path=/docs/${id}`);
  const docs = page.frameLocator('#storybook-preview-iframe');
  await docs.getByRole('heading', { level: 1, name: 'Getting started' }).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: IMAGE });
  console.log(`Wrote ${IMAGE}`);
} finally {
  await browser.close();
  server.close();
}
