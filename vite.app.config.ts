import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { skjemaAppPlugin } from './src/cli/devServer/appPlugin.ts';

// `npm start`: the bundled example app (or SKJEMA_APP) in the browser, straight from its Altinn app folder.
const appDir = resolve(process.env.SKJEMA_APP ?? 'examples/event-permit');
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? 'localhost';

export default defineConfig({
  root: 'examples/dev',
  plugins: [
    react(),
    skjemaAppPlugin({ appDir, layoutSetId: process.env.SKJEMA_LAYOUT_SET }),
    {
      name: 'skjema-print-url',
      configureServer(server) {
        server.httpServer?.once('listening', () => {
          console.log(`\n  skjema: serving ${appDir}\n  Open http://${host}:${port}/ in a browser.\n`);
        });
      },
    },
  ],
  server: { port, strictPort: true, host },
  clearScreen: false,
});
