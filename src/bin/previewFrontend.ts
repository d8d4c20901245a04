import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The browser side of `skjema preview`: the page at `/{org}/{app}/` (and `/` for a single app)
 * that runs the app through `<AltinnApp>`, and with several apps the list of them at `/`.
 * Built, the pages are a static bundle in `dist/preview-page/`; from source (`npm start`) Vite serves
 * `src/preview-page/` with hot reload. Either way a page learns which app it runs from a JSON
 * data block in its HTML, so it needs no extra request and no inline script (strict CSP).
 */
export interface PreviewFrontend {
  /** Answers the request and resolves `true`, or resolves `false` when it is not a page asset. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  close(): Promise<void>;
}

export interface PreviewPageConfig {
  org: string;
  app: string;
  /** Test users the page offers to log in as. */
  testUsers: readonly { userId: number; name: string; partyId: number }[];
  /** Data types whose precompiled validators the page imports (`/{org}/{app}/skjema/validators/{dataType}.js`). */
  modelDataTypes: readonly string[];
}

/** What the page at `/` lists when the server runs several apps (src/preview-page/apps.tsx). */
export interface PreviewAppListConfig {
  apps: readonly { org: string; app: string; title: Readonly<Record<string, string>> }[];
}

/** A page and its data: the app page (`index.html`) or the list of apps (`apps.html`). */
export type PreviewPage =
  | { readonly kind: 'app'; readonly config: PreviewPageConfig }
  | { readonly kind: 'apps'; readonly config: PreviewAppListConfig };

const PAGE_FILES = { app: 'index.html', apps: 'apps.html' } as const;

/**
 * The Content-Security-Policy the built page is served with: scripts, styles, images and fonts of
 * its own origin only, no inline script or style, no `eval`. The page needs nothing more (the
 * data models' validators are precompiled modules of the same origin, the icons are files), so a
 * page that breaks it is a bug a browser test catches. Vite's dev server needs inline scripts, so
 * the page served from source goes without.
 */
export const PREVIEW_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'";

const here = fileURLToPath(new URL('.', import.meta.url));
const fromSource = import.meta.url.endsWith('.ts');

/**
 * `pageAt(pathname)`: the page to answer a path with, or undefined when the path is not a page.
 * `contentSecurityPolicy`: the built page's policy; default the strict one above, `false` for none.
 */
export async function createPreviewFrontend(
  pageAt: (pathname: string) => PreviewPage | undefined,
  contentSecurityPolicy: string | false = PREVIEW_CONTENT_SECURITY_POLICY,
): Promise<PreviewFrontend> {
  return fromSource
    ? createViteFrontend(pageAt)
    : createStaticFrontend(pageAt, join(here, 'preview-page'), contentSecurityPolicy);
}

function withConfig(html: string, config: PreviewPage['config']): string {
  // `<` is escaped so no value can close the data block.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  // The page is also served at /{org}/{app}/: its scripts and styles are at the root either way.
  const rooted = html.replace(/(\s(?:src|href)=")\.\//g, '$1/');
  return rooted.replace('</head>', `<script type="application/json" id="skjema-preview">${json}</script></head>`);
}

async function createViteFrontend(pageAt: (pathname: string) => PreviewPage | undefined): Promise<PreviewFrontend> {
  const [{ createServer }, { default: react }] = await Promise.all([import('vite'), import('@vitejs/plugin-react')]);
  // The playground's Altinn schemas (#/playground); a build script, so only ever loaded from source.
  const schemasPlugin = '../../scripts/vite/playgroundSchemas.ts';
  const { playgroundSchemas } = (await import(/* @vite-ignore */ schemasPlugin)) as {
    playgroundSchemas: () => import('vite').Plugin;
  };
  const root = join(here, '..', 'preview-page');
  const vite = await createServer({
    configFile: false,
    root,
    appType: 'custom',
    clearScreen: false,
    logLevel: 'warn',
    plugins: [react(), playgroundSchemas()],
    server: { middlewareMode: true, hmr: { port: 0 } },
  });
  return {
    handle: (request, response) =>
      new Promise<boolean>((resolve, reject) => {
        const url = request.url ?? '/';
        const page = pageAt(url.split('?')[0]!);
        if (page) {
          readFile(join(root, PAGE_FILES[page.kind]), 'utf8')
            .then((html) => vite.transformIndexHtml(`/${PAGE_FILES[page.kind]}`, withConfig(html, page.config)))
            .then((html) => {
              response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
              response.end(html);
              resolve(true);
            }, reject);
          return;
        }
        vite.middlewares(request, response, () => resolve(false));
        response.once('finish', () => resolve(true));
      }),
    close: () => vite.close(),
  };
}

async function createStaticFrontend(
  pageAt: (pathname: string) => PreviewPage | undefined,
  root: string,
  contentSecurityPolicy: string | false,
): Promise<PreviewFrontend> {
  const read = (file: string) => readFile(join(root, file), 'utf8').catch(() => undefined);
  const pages = { app: await read(PAGE_FILES.app), apps: await read(PAGE_FILES.apps) };
  return {
    async handle(request, response) {
      const url = new URL(request.url ?? '/', 'http://preview');
      const page = pageAt(url.pathname);
      if (page) {
        const index = pages[page.kind];
        if (index === undefined) {
          response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
          response.end('The preview page is not built: run `npm run build` in the skjema package.');
          return true;
        }
        response.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          ...(contentSecurityPolicy === false ? {} : { 'Content-Security-Policy': contentSecurityPolicy }),
        });
        response.end(withConfig(index, page.config));
        return true;
      }
      const file = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!file.startsWith(root + sep)) return false;
      const body = await readFile(file).catch(() => undefined);
      if (!body) return false;
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'public, max-age=31536000, immutable',
      });
      response.end(body);
      return true;
    },
    close: async () => {},
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
