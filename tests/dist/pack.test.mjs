// The package as an agency gets it: `npm pack`, installed from the tarball into a fresh Vite React
// app outside the repository, the README's embed snippet built and rendered in Chromium, and
// `npx skjema check` / `npx skjema preview` run from the installed package. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
const repoPackage = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const version = (name) => repoPackage.devDependencies[name] ?? repoPackage.dependencies[name];

/** The README's "Embed a form" snippet, as a reader copies it. */
function readmeEmbedSnippet() {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Embed a form'));
  const match = /```tsx\n([\s\S]*?)```/.exec(section);
  assert.ok(match, 'README.md has a tsx block under "## Embed a form"');
  return match[1];
}

test(
  'the packed tarball installs in a fresh Vite React app: the README snippet builds and renders, and npx skjema check and preview run',
  { timeout: 900_000 },
  async (t) => {
    const work = mkdtempSync(join(tmpdir(), 'skjema-pack-'));
    t.after(() => rmSync(work, { recursive: true, force: true }));
    await run('npm', ['pack', '--pack-destination', work], { cwd: repo });
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    assert.ok(tarball, 'npm pack wrote a tarball');

    const app = join(work, 'agency-portal');
    mkdirSync(join(app, 'src'), { recursive: true });
    const peers = Object.keys(repoPackage.peerDependencies);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify(
        {
          name: 'agency-portal',
          private: true,
          type: 'module',
          dependencies: {
            skjema: `file:../${tarball}`,
            ...Object.fromEntries(peers.map((name) => [name, version(name)])),
          },
          devDependencies: Object.fromEntries(
            ['vite', '@vitejs/plugin-react', 'typescript', '@types/react', '@types/react-dom'].map((name) => [
              name,
              version(name),
            ]),
          ),
        },
        null,
        2,
      ),
    );
    // The registry is reachable, but the repository's own install has filled npm's cache.
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: app,
      maxBuffer: 16 * 1024 * 1024,
    });
    // better-sqlite3 (for `skjema preview`) is a native addon: npm builds it when the app allows its
    // install script. The binary this checkout's install built for this Node stands in for that
    // build here, to keep CI from compiling SQLite a second time.
    const addon = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    mkdirSync(join(app, 'node_modules/better-sqlite3/build/Release'), { recursive: true });
    copyFileSync(join(repo, addon), join(app, addon));

    const installed = JSON.parse(readFileSync(join(app, 'node_modules/skjema/package.json'), 'utf8'));
    assert.equal(installed.version, repoPackage.version);
    for (const file of ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/altinn-schemas/LICENSE.md'])
      assert.ok(existsSync(join(app, 'node_modules/skjema', file)), `the package ships ${file}`);

    // The Altinn app folder as it is, beside the portal's code, and the README's snippet as it stands.
    cpSync(join(repo, 'examples/event-permit/App'), join(app, 'src/my-app/App'), { recursive: true });
    writeFileSync(join(app, 'src/main.tsx'), readmeEmbedSnippet());
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Portal</title></head>' +
        '<body><h1>Agency portal</h1><div id="form"></div><script type="module" src="/src/main.tsx"></script></body></html>',
    );
    writeFileSync(
      join(app, 'vite.config.js'),
      [
        "import react from '@vitejs/plugin-react';",
        "import { skjemaApp } from 'skjema/vite';",
        "export default { plugins: [react(), skjemaApp()], build: { target: 'es2022' } };",
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          strict: true,
          resolveJsonModule: true,
          skipLibCheck: true,
          noEmit: true,
        },
        include: ['src'],
      }),
    );
    writeFileSync(
      join(app, 'src/env.d.ts'),
      '/// <reference types="vite/client" />\n/// <reference types="skjema/vite/client" />\n',
    );
    // The snippet type-checks against the installed package's own types.
    await run(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: app });
    const vite = join(app, 'node_modules/vite/bin/vite.js');
    await run(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: app, maxBuffer: 16 * 1024 * 1024 });

    await t.test('the built page renders the form in Chromium under the portal\'s own h1', async () => {
      const server = spawn(process.execPath, [vite, 'preview', '--port', '0', '--strictPort', 'false'], {
        cwd: app,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      t.after(() => server.kill('SIGTERM'));
      const url = await new Promise((resolveUrl, reject) => {
        let output = '';
        server.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /(http:\/\/localhost:\d+)\//.exec(stripVTControlCharacters(output));
          if (match) resolveUrl(match[1]);
        });
        server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}: ${output}`)));
      });
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${url}/`);
        await page.getByRole('textbox').first().waitFor({ timeout: 20_000 });
        assert.ok((await page.getByRole('textbox').count()) > 0, 'the form shows its fields');
        // The portal has its h1; the snippet makes the form's title an h2 below it.
        assert.deepEqual(await page.locator('h1').allTextContents(), ['Agency portal']);
        assert.equal(await page.locator('h2').first().isVisible(), true);
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });

    await t.test('npx skjema check runs from the installed package with its bundled Altinn schemas', async () => {
      const { stdout } = await run('npx', ['--no-install', 'skjema', 'check', join(repo, 'examples/event-permit')], {
        cwd: app,
      });
      assert.match(stdout, /0 error/);
    });

    await t.test('npx skjema preview serves the app API from the installed package', async () => {
      const dataDir = join(work, 'preview-data');
      const preview = spawn(
        'npx',
        [
          '--no-install',
          'skjema',
          'preview',
          join(repo, 'examples/event-permit'),
          '--port',
          '0',
          '--data',
          dataDir,
          '--no-watch',
        ],
        { cwd: app, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
      );
      t.after(() => process.kill(-preview.pid, 'SIGTERM'));
      const base = await new Promise((resolveUrl, reject) => {
        let output = '';
        preview.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /browser: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
          if (match) resolveUrl(match[1]);
        });
        preview.stderr.on('data', (chunk) => (output += chunk));
        preview.on('exit', (code) => reject(new Error(`skjema preview exited with ${code}:\n${output}`)));
      });
      const metadata = await (await fetch(`${base}/skjema/event-permit/api/v1/applicationmetadata`)).json();
      assert.equal(metadata.id, 'skjema/event-permit');
      assert.equal((await fetch(`${base}/`)).status, 200);
    });
  },
);
