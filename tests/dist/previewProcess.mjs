// The built `skjema preview` on the example app, started as a user starts it (`node dist/cli.js
// preview …`), for the tests in this folder. Run after `npm run build`.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** Starts it on `port` (0: any free port); `url` resolves to its address once it says it listens. */
export function startPreview(dataDir, { port = 0, extra = [] } = {}) {
  const child = spawn(
    process.execPath,
    [
      resolve('dist/cli.js'),
      'preview',
      'examples/event-permit',
      '--port',
      String(port),
      '--data',
      dataDir,
      '--no-watch',
      ...extra,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = new Promise((resolveUrl, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /browser: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) resolveUrl(match[1]);
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}
