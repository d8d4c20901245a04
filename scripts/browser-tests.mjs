// Runs the browser and Storybook tests in Debian's Chromium. On a busy two-core CI machine Chromium
// has been seen to drop the test page in the middle of a run ("Browser connection was closed while
// running tests"): the browser went away, no test failed. Only such a run is repeated, once, and
// it says so; a failing test fails the run at once, as before.
import { spawn } from 'node:child_process';

const BROWSER_LOST = /Browser connection was closed while running tests|rpc is closed, cannot call/;
const args = ['vitest', 'run', '--project', 'browser', '--project', 'storybook', ...process.argv.slice(2)];

function run() {
  return new Promise((resolve) => {
    const child = spawn('npx', args, { stdio: ['inherit', 'pipe', 'pipe'] });
    let output = '';
    const tee = (target) => (chunk) => {
      output += chunk.toString();
      target.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

// eslint-disable-next-line no-control-regex -- colour codes are what we strip
const plain = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');
const someTestFailed = (text) => /^\s*Tests\s+.*\d+ failed/m.test(plain(text));

const first = await run();
if (first.code !== 0 && BROWSER_LOST.test(first.output) && !someTestFailed(first.output)) {
  console.error('\nChromium dropped the test page; no test failed. Running the browser tests once more.\n');
  const second = await run();
  process.exit(second.code);
}
process.exit(first.code);
