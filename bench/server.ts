import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { BUILD_DIR } from './build.ts';
import type { CasePayload, Library } from './generate.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built pages on port 0. `/{library}/{case}` is the library's page with that case's
 * payload embedded, so no case pays for a request the others do not.
 */
export async function startServer(
  payloads: Map<string, string>,
  root = BUILD_DIR,
): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const [, library, name] = path.split('/');
    const payload = payloads.get(`${library}/${name}`);
    try {
      if (payload !== undefined) {
        const html = await readFile(join(root, library!, 'index.html'), 'utf8');
        const script = `<script id="bench-case" type="application/json">${payload.replace(/</g, '\\u003c')}</script>`;
        response.writeHead(200, { 'content-type': 'text/html' }).end(html.replace('</head>', `${script}</head>`));
        return;
      }
      const body = await readFile(join(root, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export type { CasePayload, Library };
