import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import pkg from './package.json' with { type: 'json' };
import { bundleAltinnSchemas } from './scripts/vite/bundleAltinnSchemas.ts';
import { extractDataUrls } from './src/vite/extractDataUrls.ts';
import { formChunkGroups } from './scripts/vite/formChunks.ts';

// The bundle holds only our code: every dependency and peer (and their subpaths) stays external.
const packages = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
// Vite itself is only loaded by the bin when it runs from source (src/bin/previewFrontend.ts).
const sourceOnly = ['vite', '@vitejs/plugin-react'];
const external = (id: string) =>
  id.startsWith('node:') || [...packages, ...sourceOnly].some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig({
  plugins: [
    react(),
    dts({ tsconfigPath: './tsconfig.build.json', bundleTypes: true }),
    bundleAltinnSchemas(),
    extractDataUrls(),
  ],
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        'core-node': 'src/core/node/index.ts',
        client: 'src/client/index.ts',
        connected: 'src/connected/index.ts',
        preview: 'src/preview/index.ts',
        // The Vite plugin that precompiles data-model validators (Node, build time).
        vite: 'src/vite/index.ts',
        // The bin: the CLI with the headless page renderer plugged in (src/bin/skjema.ts). Its
        // render worker is built by vite.worker.config.ts.
        cli: 'src/bin/skjema.ts',
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
      external,
      output: {
        banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        codeSplitting: { groups: formChunkGroups(import.meta.dirname) },
      },
    },
    sourcemap: true,
    target: 'es2022',
  },
});
