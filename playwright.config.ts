import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium.mjs';

/** The standalone form page (`npm run start:form`): the example's layout set with no backend. */
export const FORM_PORT = 4173;
/** The whole service (`npm start`, i.e. `skjema preview` on the example app). */
export const SERVICE_PORT = 4174;
/**
 * The preview's SQLite folder for this run, fresh each time, so the service test starts from no
 * instances and can read what the server stored. Exported through the environment because
 * Playwright loads this file again in its workers.
 */
process.env.SKJEMA_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'skjema-e2e-'));

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // A subfolder: Playwright empties its output folder on start, and the corpus browser test's
  // screenshots in test-results/corpus must survive the e2e run that follows it in `npm test`.
  outputDir: 'test-results/e2e',
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'line' : 'list',
  use: { baseURL: `http://127.0.0.1:${FORM_PORT}`, trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } },
    },
  ],
  webServer: [
    {
      command: 'npm run start:form',
      env: { PORT: String(FORM_PORT), HOST: '127.0.0.1' },
      url: `http://127.0.0.1:${FORM_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The same command the README gives for trying the example app.
      command: 'npm start',
      env: { PORT: String(SERVICE_PORT), HOST: '127.0.0.1', SKJEMA_DATA: process.env.SKJEMA_E2E_DATA },
      url: `http://127.0.0.1:${SERVICE_PORT}/skjema/event-permit/api/v1/applicationmetadata`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
