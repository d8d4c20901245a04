import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { extractDataUrls } from './src/vite/extractDataUrls.ts';
import { playgroundSchemas } from './scripts/vite/playgroundSchemas.ts';

/*
 * The page `skjema preview` serves at `/` (src/preview-page): a browser app with React,
 * Designsystemet and the connected renderer bundled in, so a built package runs any Altinn app
 * folder without a build step of its own. From source, src/bin/previewFrontend.ts serves the same
 * folder through Vite instead. Run after the main build.
 */
export default defineConfig({
  root: 'src/preview-page',
  base: './',
  // playgroundSchemas: the Altinn schemas the playground (#/playground) completes and checks with, built in.
  plugins: [react(), extractDataUrls(), playgroundSchemas()],
  build: {
    outDir: '../../dist/preview-page',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 2048,
    // The app page, and the list of apps a preview of several apps shows at `/`.
    rollupOptions: { input: { index: 'src/preview-page/index.html', apps: 'src/preview-page/apps.html' } },
    // No asset becomes a data: URL (fonts would, under 4 kB): a strict CSP allows files of the page's own origin only.
    assetsInlineLimit: 0,
  },
});
