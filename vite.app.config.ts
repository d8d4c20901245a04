import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { describeStart, skjemaAppPlugin } from './src/cli/devServer/appPlugin.ts';

// `npm run start:form`: the bundled example app (or SKJEMA_APP, the folder that holds App/) in the
// browser, straight from its Altinn app folder, opened where its process starts (or at SKJEMA_LAYOUT_SET).
const appDir = resolve(process.env.SKJEMA_APP ?? 'examples/event-permit');
const layoutSetId = process.env.SKJEMA_LAYOUT_SET || undefined;
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? 'localhost';

export default defineConfig({
  root: 'examples/dev',
  plugins: [
    react(),
    skjemaAppPlugin({ appDir, layoutSetId }),
    {
      name: 'skjema-print-url',
      configureServer(server) {
        server.httpServer?.once('listening', () => {
          void describeStart(appDir, layoutSetId).then((start) =>
            console.log(`\n  skjema: serving ${appDir}\n  ${start}\n  Open http://${host}:${port}/ in a browser.\n`),
          );
        });
      },
    },
  ],
  server: { port, strictPort: true, host },
  clearScreen: false,
});
