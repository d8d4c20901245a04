import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDataUrls } from '../../src/vite/index.ts';
import { REPO_ROOT } from '../support/altinnSchemas.ts';

const TICK = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M1 1h2"/></svg>';
const DOT = '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>';

let root: string;

beforeAll(async () => {
  await mkdir(join(REPO_ROOT, 'test-results'), { recursive: true });
  root = await mkdtemp(join(REPO_ROOT, 'test-results', 'extract-data-urls-'));
  // The three ways Designsystemet writes them: percent-encoded in double quotes (twice, in two
  // rules), raw SVG in single quotes (with quotes inside), and base64 without quotes.
  await writeFile(
    join(root, 'icons.css'),
    [
      `.a { mask-image: url("data:image/svg+xml;charset=utf-8,${encodeURIComponent(TICK)}"); }`,
      `.b { --icon: url("data:image/svg+xml;charset=utf-8,${encodeURIComponent(TICK)}"); }`,
      `.c { background: url('data:image/svg+xml;charset=utf-8,${DOT}') no-repeat; }`,
      `.d { background: url(data:image/png;base64,${Buffer.from('png bytes').toString('base64')}); }`,
      `.e { background: url(./elsewhere.svg); }`,
    ].join('\n'),
  );
  await writeFile(join(root, 'main.js'), "import './icons.css';\n");
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('extractDataUrls (the build plugin behind img-src self)', () => {
  it('moves every url(data:…) of the built CSS into a hashed file beside it, one per distinct URL', async () => {
    const result = (await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [extractDataUrls()],
      build: {
        write: false,
        minify: false,
        rolldownOptions: { input: join(root, 'main.js'), external: [/elsewhere/] },
      },
    })) as Rolldown.RolldownOutput;
    const assets = result.output.filter((item) => item.type === 'asset');
    const css = assets.find((asset) => asset.fileName.endsWith('.css'))!;
    const text = String(css.source);
    expect(text).not.toContain('data:');
    const files = [...text.matchAll(/url\(([^)]*)\)/g)].map((match) => match[1]!);
    expect(files.filter((file) => file.startsWith('./icon-'))).toHaveLength(4);
    expect(new Set(files.filter((file) => file.startsWith('./icon-'))).size).toBe(3);
    const content = (url: string) => {
      const asset = assets.find((item) => item.fileName === `assets/${url.slice(2)}`);
      return asset && Buffer.from(asset.source).toString('utf8');
    };
    const [tick, , dot, png] = files;
    expect(tick).toMatch(/^\.\/icon-[\w-]+\.svg$/);
    expect(content(tick!)).toBe(TICK);
    expect(content(dot!)).toBe(DOT);
    expect(png).toMatch(/\.png$/);
    expect(content(png!)).toBe('png bytes');
    expect(files).toContain('./elsewhere.svg');
  });
});
