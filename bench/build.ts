import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { LIBRARIES, type Library } from './generate.ts';

export const BUILD_DIR = resolve(import.meta.dirname, '.build');

/** One production build per library; the cases differ only in the JSON the server puts in the page. */
export async function buildPages(
  libraries: readonly Library[] = LIBRARIES,
  { outDir = BUILD_DIR, minify = true }: { outDir?: string; minify?: boolean } = {},
) {
  for (const library of libraries) {
    await build({
      configFile: false,
      root: resolve(import.meta.dirname, 'pages', library),
      base: `/${library}/`,
      mode: 'production',
      logLevel: 'warn',
      plugins: [react()],
      build: {
        outDir: resolve(outDir, library),
        minify,
        emptyOutDir: true,
        target: 'es2022',
        reportCompressedSize: false,
        chunkSizeWarningLimit: 4096,
      },
    });
  }
}
