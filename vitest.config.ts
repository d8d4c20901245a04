import { fileURLToPath } from 'node:url';
import { searchForWorkspaceRoot } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium.mjs';
import { playgroundSchemas } from './scripts/vite/playgroundSchemas.ts';

// A factory, not a shared object: Vitest writes the instance name into it per project.
const browser = (contextOptions?: { viewport: { width: number; height: number } }) => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }, contextOptions }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  // playgroundSchemas: the Altinn schemas the playground (src/playground) imports as modules.
  plugins: [react(), playgroundSchemas()],
  test: {
    projects: [
      {
        // The engine, client and CLI need no DOM; sparing them jsdom halves the suite's time.
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Test files share their workers' module cache: a tenth of the time, and the tests own
          // no module-level state (each builds its own engine, registry and i18n instance).
          isolate: false,
          testTimeout: 20_000,
          setupFiles: ['./tests/support/preloadParts.ts'],
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.browser.test.{ts,tsx}', 'tests/e2e/**', 'tests/dist/**', 'tests/react/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          isolate: false,
          testTimeout: 20_000,
          setupFiles: ['./tests/support/setup.ts', './tests/support/loadRenderers.ts'],
          include: ['tests/react/**/*.test.{ts,tsx}', 'tests/**/*.test.tsx'],
          exclude: ['tests/**/*.browser.test.{ts,tsx}', 'tests/e2e/**'],
          css: false,
        },
      },
      {
        extends: true,
        // The corpus test reads the Altinn apps in ../shared beside the checkout.
        server: {
          fs: { allow: [searchForWorkspaceRoot(fileURLToPath(new URL('.', import.meta.url))), '../shared/corpus'] },
        },
        test: {
          name: 'browser',
          setupFiles: ['./tests/support/loadRenderers.ts', './tests/support/preloadParts.ts'],
          include: ['tests/**/*.browser.test.{ts,tsx}'],
          // Chromium only paints the part of the test frame inside its window: a window taller than
          // any page lets the corpus test screenshot whole pages.
          browser: browser({ viewport: { width: 1440, height: 6000 } }),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        // The corpus stories read the Altinn apps in ../shared beside the checkout.
        server: {
          fs: { allow: [searchForWorkspaceRoot(fileURLToPath(new URL('.', import.meta.url))), '../shared/corpus'] },
        },
        test: { name: 'storybook', browser: browser() },
      },
    ],
  },
});
