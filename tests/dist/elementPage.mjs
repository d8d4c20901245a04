// A plain web page with `<skjema-form>` from dist/element and nothing else: no React, no bundler,
// one module script and one stylesheet, every response under a strict Content-Security-Policy.
// For the tests in this folder and scripts/screenshots; run after `npm run build`.
import { createServer, request as httpRequest } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

/** An app folder as the `{ path: content }` object `objectSource` takes and `<skjema-form>` fetches. */
export function appFiles(folder) {
  const root = resolve(folder);
  const files = {};
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
  }
  return files;
}

// Rules a careless or hostile host page might have: a global reset, another root size, hidden
// inputs, loud buttons, boxes and colours on everything.
export const HOSTILE_CSS = `
* { all: unset; }
html { font-size: 10px; font-family: 'Comic Sans MS', cursive; color: #c00; line-height: 3; }
body { letter-spacing: 0.3em; text-transform: uppercase; text-align: center; }
input, select, textarea { display: none !important; }
button { color: red !important; background: yellow !important; font-size: 40px !important; }
label { font-size: 8px; color: green; }
div, p, span { margin: 11px; padding: 7px; border: 3px dotted purple; }
:root { --ds-color-neutral-text-default: magenta; }
`;

/**
 * The page at `/`: `?src=` the app bundle (default the example app), `&hostile` adds the hostile
 * stylesheet, `&bare` leaves skjema's script and stylesheet out, `&empty` the element (a test adds
 * its own), `&language=`, `&readonly`.
 */
function pageHtml(url) {
  const params = url.searchParams;
  const src = params.get('src') ?? '/app.json';
  const head = [
    '<meta charset="utf-8">',
    '<title>A page without React</title>',
    params.has('hostile') ? '<link rel="stylesheet" href="/hostile.css">' : '',
    params.has('bare') ? '' : '<link rel="stylesheet" href="/element/skjema-form.css">',
    params.has('bare') ? '' : '<script type="module" src="/element/skjema-form.js"></script>',
  ];
  const attributes = [
    `src="${src}"`,
    params.get('language') ? `language="${params.get('language')}"` : '',
    params.has('readonly') ? 'readonly' : '',
  ];
  return `<!doctype html>
<html lang="nb">
<head>${head.join('\n')}</head>
<body>
<header><h1 id="host-heading">Kommunen</h1><p id="host-text">The host page’s own text.</p><button id="host-button" type="button">Host button</button></header>
<main>
${params.has('empty') ? '' : `<skjema-form ${attributes.filter(Boolean).join(' ')}></skjema-form>`}
</main>
</body>
</html>`;
}

/**
 * Starts the page's server on a free port; resolves to `{ url, close }`. With `proxy` (an origin),
 * every other path is passed to it: an Altinn app backend on the page's own origin.
 */
export async function startElementPage({ app = 'examples/event-permit', csp = STRICT_CSP, proxy } = {}) {
  const appJson = JSON.stringify({ files: appFiles(app) });
  const dist = resolve('dist/element');
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': type, ...(csp ? { 'content-security-policy': csp } : {}) });
      response.end(body);
    };
    if (url.pathname === '/') return send(200, TYPES['.html'], pageHtml(url));
    if (url.pathname === '/app.json') return send(200, TYPES['.json'], appJson);
    if (url.pathname === '/hostile.css') return send(200, TYPES['.css'], HOSTILE_CSS);
    if (url.pathname.startsWith('/element/')) {
      const file = resolve(dist, `.${url.pathname.slice('/element'.length)}`);
      if (file.startsWith(dist + sep)) {
        try {
          return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
        } catch {
          // Not there: a 404 below.
        }
      }
    }
    if (proxy) {
      const target = new URL(request.url, proxy);
      const forwarded = httpRequest(target, { method: request.method, headers: { ...request.headers, host: target.host } }, (answer) => {
        response.writeHead(answer.statusCode, answer.headers);
        answer.pipe(response);
      });
      forwarded.on('error', () => send(502, 'text/plain', 'Bad gateway'));
      return request.pipe(forwarded);
    }
    send(404, 'text/plain', 'Not found');
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((closed) => server.close(closed)),
  };
}
