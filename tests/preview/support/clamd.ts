import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClamdClient } from '../../../src/preview/scan/clamd.ts';

export const CLAMD_BINARY = process.env.SKJEMA_TEST_CLAMD_BINARY ?? '/usr/sbin/clamd';

/**
 * The EICAR anti-virus test file, put together here so the repository holds no file a scanner
 * would flag. Every scanner detects it; it does nothing.
 */
export function eicar(): Buffer {
  return Buffer.from(
    ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-', 'TEST-FILE!$H+H*'].join(''),
    'latin1',
  );
}

/**
 * Whether the tests that need clamd can run. Locally a missing clamd skips them (saying so); in CI
 * (`CI=true`) it is an error, so a machine without it cannot pass by skipping.
 */
export function clamdAvailability(): { available: true } | { available: false; reason: string } {
  if (existsSync(CLAMD_BINARY)) return { available: true };
  const reason = `${CLAMD_BINARY} is not installed (apt-get install clamav-daemon); the virus scan tests need it`;
  const ci = process.env.CI;
  if (ci && ci !== 'false' && ci !== '0') throw new Error(`${reason}, and CI must not skip them.`);
  console.warn(`skipped: ${reason}.`);
  return { available: false, reason };
}

export interface RunningClamd {
  /** `127.0.0.1:<port>`. */
  readonly tcpAddress: string;
  /** Its Unix socket's path. */
  readonly socketPath: string;
  stop(): Promise<void>;
}

export interface ClamdStartOptions {
  /** clamd's StreamMaxLength, e.g. `64K`; default clamd's (25M). */
  readonly streamMaxLength?: string;
  /** Use this TCP port (to start clamd again where a stopped one listened). */
  readonly port?: number;
}

/**
 * Starts a real clamd in the foreground, on a free TCP port and a Unix socket in a temporary
 * folder, with a signature database written now that knows only the EICAR test file, so no
 * signatures are downloaded (no freshclam, no apt service). Resolves once clamd answers PING.
 */
export async function startClamd(options: ClamdStartOptions = {}): Promise<RunningClamd> {
  const dir = mkdtempSync(join(tmpdir(), 'skjema-clamd-'));
  const database = join(dir, 'db');
  mkdirSync(database);
  // An .ndb body signature (name:target:offset:hex): any file holding the EICAR string matches.
  writeFileSync(join(database, 'skjema-test.ndb'), `Eicar-Test-Signature:0:*:${eicar().toString('hex')}\n`);
  const port = options.port ?? (await freePort());
  const socketPath = join(dir, 'clamd.sock');
  const config = [
    'Foreground yes',
    `DatabaseDirectory ${database}`,
    `LocalSocket ${socketPath}`,
    'TCPAddr 127.0.0.1',
    `TCPSocket ${port}`,
    `PidFile ${join(dir, 'clamd.pid')}`,
    'Bytecode no',
    'SelfCheck 0',
    ...(options.streamMaxLength ? [`StreamMaxLength ${options.streamMaxLength}`] : []),
  ];
  writeFileSync(join(dir, 'clamd.conf'), `${config.join('\n')}\n`);
  const child = spawn(CLAMD_BINARY, ['--config-file', join(dir, 'clamd.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  const stop = async () => {
    await stopChild(child, exited);
    rmSync(dir, { recursive: true, force: true });
  };
  const client = new ClamdClient({ kind: 'tcp', host: '127.0.0.1', port }, { timeoutMs: 1000 });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`clamd exited (${child.exitCode}) before answering:\n${output}`);
    }
    try {
      await client.ping();
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`clamd did not answer PING within 60 s:\n${output}`);
      }
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  return { tcpAddress: `127.0.0.1:${port}`, socketPath, stop };
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** A TCP port nothing listens on just now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
