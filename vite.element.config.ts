import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import { elementDocumentStylesheet, shadowRootCss } from './scripts/vite/elementStyles.ts';
import { extractDataUrls } from './src/vite/extractDataUrls.ts';

/*
 * `<skjema-form>` (src/element) for pages without React: `dist/element/skjema-form.js`, one ES
 * module with React (production build), react-dom, Designsystemet and i18next inside; the page links
 * `skjema-form.css` (the font); the element links `skjema-form-shadow.css` (Designsystemet, its theme
 * and skjema's styles, rewritten for a shadow root) inside its shadow root. Run after the main build.
 */
export default defineConfig({
  plugins: [
    react(),
    // The element's types (its properties, its events' details, `HTMLElementTagNameMap`) in one file.
    dts({ tsconfigPath: './tsconfig.element.json', entryRoot: 'src', outDirs: 'dist/element/types' }),
    extractDataUrls(),
    elementDocumentStylesheet('skjema-form.css'),
  ],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  css: { postcss: { plugins: [shadowRootCss()] } },
  build: {
    outDir: 'dist/element',
    emptyOutDir: true,
    lib: { entry: { 'skjema-form': 'src/element/index.ts' }, formats: ['es'], cssFileName: 'skjema-form-shadow' },
    rolldownOptions: { output: { codeSplitting: false, minify: true } },
    // No asset becomes a data: URL: a strict CSP allows files of the page's own origin only.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 2048,
    // Library mode leaves ES modules unminified; this one goes straight into a page.
    minify: true,
  },
});
