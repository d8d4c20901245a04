import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runPreview } from '../../src/cli/preview.ts';
import { freePort } from './support/clamd.ts';
import { FIXTURE_APP } from './support/previewHarness.ts';

describe('skjema preview --clamd', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'skjema-preview-clamd-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  afterEach(() => vi.unstubAllEnvs());

  async function run(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runPreview(
      [FIXTURE_APP, '--port', '0', '--data', dataDir, '--no-watch', ...args],
      (line) => out.push(line),
      (line) => err.push(line),
      { waitForStop: async () => {} },
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('says scanning is off without --clamd or SKJEMA_CLAMD', async () => {
    vi.stubEnv('SKJEMA_CLAMD', '');
    const { code, out } = await run([]);
    expect(code).toBe(0);
    expect(out).toContain('virus scanning: off (no --clamd): files of data types with enableFileScan are marked Clean');
  });

  it('takes the address from --clamd, and from SKJEMA_CLAMD, and warns when nothing answers there', async () => {
    const port = await freePort();
    const flag = await run(['--clamd', `127.0.0.1:${port}`]);
    expect(flag.code).toBe(0);
    expect(flag.out).toMatch(
      new RegExp(`warning: virus scanning: clamd at 127\\.0\\.0\\.1:${port} does not answer \\(.*ECONNREFUSED.*\\)`),
    );
    vi.stubEnv('SKJEMA_CLAMD', `127.0.0.1:${port}`);
    expect((await run([])).out).toContain(`clamd at 127.0.0.1:${port} does not answer`);
  });

  it('refuses an address that is neither host:port nor a socket path, saying what to give', async () => {
    const { code, err } = await run(['--clamd', 'localhost']);
    expect(code).toBe(1);
    expect(err).toMatch(/"localhost" is not a clamd address: give host:port .* or the path of its LocalSocket/);
  });
});
