import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The browser side of `skjema preview`: the page at `/` that runs the app through `<AltinnApp>`.
 * Built, the page is a static bundle in `dist/preview-page/`; from source (`npm start`) Vite serves
 * `src/preview-page/` with hot reload. Either way the page learns which app it runs from a JSON
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

/** `contentSecurityPolicy`: the built page's policy; default the strict one above, `false` for none. */
export async function createPreviewFrontend(
  config: () => PreviewPageConfig,
  contentSecurityPolicy: string | false = PREVIEW_CONTENT_SECURITY_POLICY,
): Promise<PreviewFrontend> {
  return fromSource
    ? createViteFrontend(config)
    : createStaticFrontend(config, join(here, 'preview-page'), contentSecurityPolicy);
}

function withConfig(html: string, config: PreviewPageConfig): string {
  // `<` is escaped so no value can close the data block.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return html.replace('</head>', `<script type="application/json" id="skjema-preview">${json}</script></head>`);
}

async function createViteFrontend(config: () => PreviewPageConfig): Promise<PreviewFrontend> {
  const [{ createServer }, { default: react }] = await Promise.all([import('vite'), import('@vitejs/plugin-react')]);
  const root = join(here, '..', 'preview-page');
  const vite = await createServer({
    configFile: false,
    root,
    appType: 'custom',
    clearScreen: false,
    logLevel: 'warn',
    plugins: [react()],
    server: { middlewareMode: true, hmr: { port: 0 } },
  });
  return {
    handle: (request, response) =>
      new Promise<boolean>((resolve, reject) => {
        const url = request.url ?? '/';
        if (isPageRoute(url)) {
          readFile(join(root, 'index.html'), 'utf8')
            .then((html) => vite.transformIndexHtml(url, withConfig(html, config())))
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
  config: () => PreviewPageConfig,
  root: string,
  contentSecurityPolicy: string | false,
): Promise<PreviewFrontend> {
  const index = await readFile(join(root, 'index.html'), 'utf8').catch(() => undefined);
  return {
    async handle(request, response) {
      const url = new URL(request.url ?? '/', 'http://preview');
      if (isPageRoute(url.pathname)) {
        if (index === undefined) {
          response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
          response.end('The preview page is not built: run `npm run build` in the skjema package.');
          return true;
        }
        response.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          ...(contentSecurityPolicy === false ? {} : { 'Content-Security-Policy': contentSecurityPolicy }),
        });
        response.end(withConfig(index, config()));
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

/** Routes the page itself answers (the app keeps its state in the query and in memory, not in the path). */
function isPageRoute(path: string): boolean {
  const pathname = path.split('?')[0];
  return pathname === '/' || pathname === '/index.html';
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
