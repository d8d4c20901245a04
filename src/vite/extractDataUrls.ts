import { posix } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Moves every `url(data:…)` of the built stylesheets into a file of its own beside them, so the
 * page needs no `img-src data:` (or `font-src data:`) under a strict Content-Security-Policy:
 * Designsystemet draws its icons (checkbox ticks, chevrons, alert icons) as CSS masks from
 * `data:` SVGs, and a browser fetches those under `img-src`. Same data, same CSS, one request per
 * distinct icon; files are content-hashed so they cache forever. skjema's own builds use it, and an
 * app that bundles Designsystemet's CSS itself can too (`skjema/vite`).
 */
export function extractDataUrls(): Plugin {
  return {
    name: 'skjema-extract-data-urls',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      // One file per distinct data URL, shared by every stylesheet that uses it.
      const emitted = new Map<string, string>();
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset' || !asset.fileName.endsWith('.css')) continue;
        const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        const found = [...css.matchAll(DATA_URL)];
        if (found.length === 0) continue;
        const files = new Map<string, string>();
        for (const match of found) {
          const url = match[1] ?? match[2] ?? match[3]!;
          if (files.has(url)) continue;
          const dataUrl = unescapeCss(url);
          let fileName = emitted.get(dataUrl);
          if (fileName === undefined) {
            // Node's fetch reads data URLs as browsers do (percent-encoding, base64, media type).
            const response = await fetch(dataUrl);
            const source = new Uint8Array(await response.arrayBuffer());
            const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
            const reference = this.emitFile({ type: 'asset', name: `icon${EXTENSIONS[type] ?? '.bin'}`, source });
            fileName = this.getFileName(reference);
            emitted.set(dataUrl, fileName);
          }
          files.set(url, fileName);
        }
        const from = posix.dirname(asset.fileName);
        asset.source = css.replace(DATA_URL, (whole, double?: string, single?: string, bare?: string) => {
          const fileName = files.get(double ?? single ?? bare!);
          if (fileName === undefined) return whole;
          const relative = posix.relative(from, fileName);
          return `url(${relative.startsWith('.') ? relative : `./${relative}`})`;
        });
      }
    },
  };
}

// `url("data:…")`, `url('data:…')` and `url(data:…)`; a quoted SVG may hold parentheses and escaped quotes.
const DATA_URL = /url\(\s*(?:"(data:(?:[^"\\]|\\[\s\S])*)"|'(data:(?:[^'\\]|\\[\s\S])*)'|(data:[^)'"\s]*))\s*\)/g;

/** The string a CSS string token stands for (`\"` is `"`, `\22 ` is `"` too). */
function unescapeCss(text: string): string {
  return text.replace(/\\(?:([0-9a-fA-F]{1,6})\s?|\n|([\s\S]))/g, (_whole, hex?: string, other?: string) =>
    hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : (other ?? ''),
  );
}

const EXTENSIONS: Record<string, string> = {
  'image/svg+xml': '.svg',
  'image/png': '.png',
  'image/gif': '.gif',
  'image/jpeg': '.jpg',
  'image/webp': '.webp',
  'font/woff2': '.woff2',
  'font/woff': '.woff',
};
