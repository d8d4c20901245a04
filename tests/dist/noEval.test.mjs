// The browser entries of the built package must not ship or run ajv's compiler: it makes
// validators with `new Function`, which `Content-Security-Policy: script-src 'self'` forbids, and
// schema validation then silently stopped (issue 12). Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const DIST = resolve('dist');
/** What the browser imports: the React renderer, the engine, and the preview page's bundle. */
const BROWSER_ENTRIES = ['index.js', 'core.js'];
const PREVIEW_PAGE_ASSETS = join(DIST, 'preview-page', 'assets');

/** ajv's compiler and what imports it; its run-time helpers and ajv-formats' formats are plain code. */
const COMPILER = /^(ajv|ajv-formats)$|^ajv\/dist\/(?!runtime\/)/;
const EVAL = /new Function\(|[^\w$.]Function\(|[^\w$.]eval\(/;
const AJV_COMPILER_TEXT = 'Error compiling schema';

/** The chunks an entry loads, statically or on demand, and the packages they import. */
function graph(entry) {
  const files = new Set();
  const packages = new Set();
  const pending = [join(DIST, entry)];
  while (pending.length > 0) {
    const file = pending.pop();
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  }
  return { files: [...files], packages: [...packages] };
}

for (const entry of BROWSER_ENTRIES) {
  test(`dist/${entry} imports no part of ajv's compiler and makes no code from strings`, () => {
    const { files, packages } = graph(entry);
    assert.deepEqual(
      packages.filter((name) => COMPILER.test(name)),
      [],
    );
    const evaluating = files.filter((file) => EVAL.test(readFileSync(file, 'utf8')));
    assert.deepEqual(evaluating, []);
  });
}

test('the preview page bundle holds no ajv compiler and no new Function', () => {
  assert.ok(existsSync(PREVIEW_PAGE_ASSETS), 'dist/preview-page is built');
  const scripts = readdirSync(PREVIEW_PAGE_ASSETS).filter((name) => name.endsWith('.js'));
  assert.ok(scripts.length > 0);
  for (const name of scripts) {
    const code = readFileSync(join(PREVIEW_PAGE_ASSETS, name), 'utf8');
    assert.ok(!code.includes(AJV_COMPILER_TEXT), `${name} contains ajv's compiler`);
    assert.ok(!code.includes('new Function('), `${name} calls new Function`);
  }
});
