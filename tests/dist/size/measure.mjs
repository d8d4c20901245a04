// Measures what a browser loads of skjema the way an agency's build would use it: Vite builds
// small pages importing the built package (dist/, through package.json's `exports`), Chromium
// opens each page, and every JavaScript file it fetched is gzipped (level 9) and summed — except
// React, react-dom, Designsystemet and i18next (with their own dependencies), which the pages
// share with any React form and which are put in a vendor chunk that is not counted.
// Used by tests/dist/size.test.mjs (the budgets) and bench/size.ts (the table with the peers).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../support/chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/**
 * Where a fixture is built: inside the checkout, so that the pages resolve React and the
 * package's dependencies from its node_modules as an agency's project would.
 */
export const fixtureDir = (name) => join(ROOT, '.size-fixtures', name);

/** What every React form page brings anyway: skjema's peers and what they depend on. */
export const VENDOR_ROOTS = ['react', 'react-dom', '@digdir/designsystemet-react', 'i18next', 'react-i18next'];

function dependenciesOf(names) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const file = join(ROOT, 'node_modules', name, 'package.json');
    if (!existsSync(file)) return;
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency);
  };
  names.forEach(visit);
  return seen;
}

/** The package a bundled module belongs to, from its path (`…/node_modules/@scope/name/…`). */
function packageOf(id) {
  const at = id.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const [first, second] = id.slice(at + '/node_modules/'.length).split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

/** `skjema` and its subpaths, resolved through package.json's `exports` to the built files. */
function packageAliases() {
  return Object.entries(pkg.exports)
    .filter(([, target]) => typeof target === 'object' && target.import)
    .map(([subpath, target]) => ({
      find: new RegExp(`^${pkg.name}${subpath === '.' ? '' : subpath.slice(1)}$`.replaceAll('/', '\\/')),
      replacement: join(ROOT, target.import),
    }))
    .sort((a, b) => b.find.source.length - a.find.source.length);
}

/**
 * Builds `pages` (name → { script, modules?, assets? }) as one production Vite build of one HTML
 * page each into `dir`/out. `script` is the page's module (plain JavaScript, no JSX); `modules`
 * are written beside it for it to import (a precompiled validator module); `assets` are put
 * beside the built page for it to fetch (the app's JSON).
 */
export async function buildFixtures(dir, pages, { vendor = VENDOR_ROOTS, plugins = [] } = {}) {
  const src = join(dir, 'src');
  mkdirSync(src, { recursive: true });
  const input = {};
  for (const [name, page] of Object.entries(pages)) {
    writeFileSync(join(src, `${name}.js`), page.script);
    for (const [file, content] of Object.entries(page.modules ?? {})) {
      mkdirSync(dirname(join(src, file)), { recursive: true });
      writeFileSync(join(src, file), content);
    }
    writeFileSync(
      join(src, `${name}.html`),
      `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${name}</title></head>` +
        `<body><div id="root"></div><script type="module" src="./${name}.js"></script></body></html>`,
    );
    input[name] = join(src, `${name}.html`);
  }
  const vendorPackages = dependenciesOf(vendor);
  const out = join(dir, 'out');
  await build({
    configFile: false,
    root: src,
    base: '/',
    mode: 'production',
    logLevel: 'error',
    plugins: [...plugins, recordModules()],
    resolve: { alias: packageAliases() },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 1 << 20,
      // The polyfill is Vite's, for old browsers, whatever library the page uses.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input,
        output: {
          codeSplitting: {
            groups: [{ name: 'vendor', test: (id) => vendorPackages.has(packageOf(id) ?? '') }],
          },
        },
      },
    },
  });
  // Fetched by the page at run time (the app's JSON), so not part of any chunk.
  for (const page of Object.values(pages)) {
    for (const [file, content] of Object.entries(page.assets ?? {})) writeFileSync(join(out, file), content);
  }
  return out;
}

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Writes `modules.json` beside the build: for each chunk, the bytes each source module left in it
 * before minifying (a `dist/` file of skjema, or a dependency's file), to name what makes a page large.
 */
function recordModules() {
  return {
    name: 'skjema-size-modules',
    generateBundle(_options, bundle) {
      const chunks = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunks[chunk.fileName] = Object.fromEntries(
          Object.entries(chunk.modules).map(([id, module]) => [id, module.renderedLength]),
        );
      }
      this.emitFile({ type: 'asset', fileName: 'modules.json', source: JSON.stringify(chunks) });
    },
  };
}

/** Who a bundled module is: a package (`marked`) or a file of skjema's build (`skjema:SkjemaForm`). */
function contributorOf(id) {
  if (packageOf(id)) return packageOf(id);
  if (id.startsWith(join(ROOT, 'dist'))) return `skjema:${chunkName(id.replace(/\.js$/, '-00000000.js'))}`;
  return relative(ROOT, id);
}

/**
 * The largest contributors to `files` (as `measurePages` returns them), by package or skjema's
 * built file, in bytes before minifying: `marked 66.2 KB, skjema:SkjemaForm 60.1 KB, …`.
 */
export function contributors(out, files, count = 8) {
  const modules = JSON.parse(readFileSync(join(out, 'modules.json'), 'utf8'));
  const totals = new Map();
  for (const { file, vendor } of files) {
    if (vendor) continue;
    for (const [id, bytes] of Object.entries(modules[file] ?? {})) {
      const who = contributorOf(id);
      totals.set(who, (totals.get(who) ?? 0) + bytes);
    }
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([who, bytes]) => `${who} ${kb(bytes)}`)
    .join(', ');
}

/**
 * Opens each page of a built fixture in headless Chromium, waits for `ready` (a CSS selector, or
 * a function evaluated in the page) and for the network to go quiet, and returns the JavaScript
 * files it fetched with their gzip sizes; the vendor chunk is listed as `vendor`, not counted.
 */
export async function measurePages(out, pages) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const results = {};
    for (const [name, { ready }] of Object.entries(pages)) {
      const page = await browser.newPage();
      const fetched = [];
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.route('http://fixture.test/**', (route) => {
        const path = decodeURIComponent(new URL(route.request().url()).pathname);
        const file = join(out, path);
        if (!file.startsWith(out) || !existsSync(file)) return route.fulfill({ status: 404 });
        if (file.endsWith('.js')) fetched.push(relative(out, file));
        const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : 'text/html';
        return route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
      });
      await page.goto(`http://fixture.test/${name}.html`);
      try {
        if (typeof ready === 'string') await page.waitForSelector(ready, { timeout: 30_000 });
        else await page.waitForFunction(ready, undefined, { timeout: 30_000 });
        await page.waitForLoadState('networkidle');
      } catch (error) {
        throw new Error(`${name}: the page did not get ready (${error.message}); page errors: ${errors.join('; ')}`);
      }
      const files = fetched.map((file) => ({
        file,
        // The page's own few lines, where a bundler also puts what only this page imports.
        entry: chunkName(file) === name,
        vendor: /(^|\/)vendor-[^/]*\.js$/.test(file),
        gzip: gzipSize(readFileSync(join(out, file))),
      }));
      results[name] = { files, gzip: files.filter((f) => !f.vendor).reduce((sum, f) => sum + f.gzip, 0) };
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A built chunk's name without the hashes the two builds (dist, then the page) gave it. */
export function chunkName(file) {
  const name = file.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '');
  const withoutDistHash = name.replace(/-[\w-]{8}$/, '');
  return withoutDistHash || name;
}

/** The counted files of a measured page, largest first, as `name size` for messages. */
export function largest(files, count = 6) {
  return files
    .filter((file) => !file.vendor)
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, count)
    .map((file) => `${chunkName(file.file)} ${kb(file.gzip)}`)
    .join(', ');
}
