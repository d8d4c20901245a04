import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/*
 * The render worker of `skjema check` (src/bin/renderWorker.ts), built on its own with React,
 * Designsystemet and i18next inside: Node would load Designsystemet's whole icon index (a thousand
 * modules) and resolve hundreds of files at every start, where the bundle holds just what renders.
 * jsdom stays outside (it is large, and a dependency of the package). Run after the main build.
 */

// Stylesheets do not matter for finding render errors; the main build ships them in styles.css.
const withoutStylesheets = (): Plugin => ({
  name: 'skjema-worker-without-stylesheets',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0skjema-empty-stylesheet' : undefined),
  load: (id) => (id === '\0skjema-empty-stylesheet' ? 'export default undefined;' : undefined),
});

export default defineConfig({
  plugins: [withoutStylesheets(), react()],
  define: {
    // The production build of React renders a fifth faster; the bundle drops the other.
    'process.env.NODE_ENV': JSON.stringify('production'),
    // Tells src/bin/pageRenderer.ts that no module hooks are needed: the bundle has no icon index.
    'process.env.SKJEMA_RENDER_BUNDLED': JSON.stringify('1'),
  },
  build: {
    emptyOutDir: false,
    lib: { entry: { 'render-worker': 'src/bin/renderWorker.ts' }, formats: ['es'] },
    rolldownOptions: {
      external: (id) => id.startsWith('node:') || id === 'jsdom' || id.startsWith('jsdom/'),
      // One file: the worker renders every page, so it loads every component renderer anyway.
      output: { chunkFileNames: 'render-worker/[name]-[hash].js', codeSplitting: false },
    },
    sourcemap: false,
    target: 'es2022',
  },
});
