import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { runPreview } from '../../src/cli/preview.ts';
import { FIXTURE_APP } from './support/previewHarness.ts';

describe('skjema preview (the command)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'skjema-preview-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts the server, prints where it runs, the test users and how to get a token, and serves until stopped', async () => {
    const out: string[] = [];
    let served = 0;
    const code = await main(
      ['preview', FIXTURE_APP, '--port', '0', '--data', dataDir, '--no-watch'],
      (line) => out.push(line),
      () => {},
      {
        preview: {
          async waitForStop(server) {
            const token = await fetch(`${server.url}/Home/GetTestUserToken?userId=1337`);
            served = token.status;
          },
        },
      },
    );
    expect(code).toBe(0);
    expect(served).toBe(200);
    const text = out.join('\n');
    expect(text).toMatch(
      /skjema preview: skjema\/preview-fixture \(v8\) at http:\/\/127\.0\.0\.1:\d+\/skjema\/preview-fixture\//,
    );
    expect(text).toContain(`data folder: ${dataDir}`);
    expect(text).toMatch(/1337 SophieDDG \(Sophie Salt\), party 501337/);
    expect(text).toMatch(/curl 'http:\/\/127\.0\.0\.1:\d+\/Home\/GetTestUserToken\?userId=1337&authenticationLevel=2'/);
  });

  it('makes the browser page from the running server, serves it at /, and closes it on stop', async () => {
    const out: string[] = [];
    let closed = 0;
    let page = '';
    const code = await runPreview(
      [FIXTURE_APP, '--port', '0', '--data', dataDir, '--no-watch'],
      (line) => out.push(line),
      () => {},
      {
        async createFrontend(server) {
          const org = server.app().org;
          return {
            async handle(req, res) {
              if (req.url !== '/') return false;
              res.writeHead(200, { 'content-type': 'text/html' });
              res.end(`<title>${org} with ${server.users.persons.length} users</title>`);
              return true;
            },
            async close() {
              closed++;
            },
          };
        },
        async waitForStop(server) {
          page = await (await fetch(`${server.url}/`)).text();
        },
      },
    );
    expect(code).toBe(0);
    expect(page).toBe('<title>skjema with 8 users</title>');
    expect(closed).toBe(1);
    expect(out.join('\n')).toMatch(/browser: http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('hands the page --csp: a policy of its own, or none', async () => {
    const given: unknown[] = [];
    for (const csp of [[], ['--csp', "default-src 'self'; img-src 'self' https://cdn.example"], ['--csp', 'none']]) {
      await runPreview(
        [FIXTURE_APP, '--port', '0', '--data', dataDir, '--no-watch', ...csp],
        () => {},
        () => {},
        {
          async createFrontend(_server, options) {
            given.push(options.contentSecurityPolicy);
            return { handle: async () => false, close: async () => {} };
          },
          waitForStop: async () => {},
        },
      );
    }
    expect(given).toEqual([undefined, "default-src 'self'; img-src 'self' https://cdn.example", false]);
  });

  it('names what the process cannot run at start', async () => {
    const out: string[] = [];
    const corpusApp = join(import.meta.dirname, '../../../shared/corpus/process-transition-test-v9');
    await runPreview(
      [corpusApp, '--port', '0', '--data', dataDir, '--no-watch'],
      (line) => out.push(line),
      () => {},
      {
        waitForStop: async () => {},
      },
    );
    expect(out.join('\n')).toMatch(/process\.bpmn warning at Task_Service: .*"scenario"/);
  });

  it('explains a port in use and a data folder it cannot write, with exit code 1', async () => {
    const err: string[] = [];
    const first = await runPreview(
      [FIXTURE_APP, '--port', '0', '--data', dataDir, '--no-watch'],
      () => {},
      () => {},
      {
        async waitForStop(server) {
          const port = new URL(server.url).port;
          const busy = await runPreview(
            [FIXTURE_APP, '--port', port, '--data', dataDir, '--no-watch'],
            () => {},
            (line) => err.push(line),
          );
          expect(busy).toBe(1);
        },
      },
    );
    expect(first).toBe(0);
    expect(err.pop()).toMatch(/Another program uses the port; choose another with --port/);
    // A file where the data folder should be (root may write anywhere, so permissions cannot show it).
    const file = join(dataDir, 'not-a-folder');
    writeFileSync(file, '');
    const unwritable = await runPreview(
      [FIXTURE_APP, '--port', '0', '--data', join(file, 'data'), '--no-watch'],
      () => {},
      (line) => err.push(line),
    );
    expect(unwritable).toBe(1);
    expect(err.pop()).toMatch(/The data folder cannot be written; choose another with --data/);
  });

  it('explains bad usage with exit code 2: no folder, a folder without App/, a bad port, an unknown option', async () => {
    const err: string[] = [];
    const run = (...args: string[]) =>
      runPreview(
        args,
        () => {},
        (line) => err.push(line),
        { waitForStop: async () => {} },
      );
    expect(await run()).toBe(2);
    expect(err.pop()).toMatch(/preview needs an app folder/);
    expect(await run(dataDir)).toBe(2);
    expect(err.pop()).toMatch(/has no App\/ folder/);
    expect(await run(FIXTURE_APP, '--port', 'eighty')).toBe(2);
    expect(err.pop()).toMatch(/--port must be a number/);
    expect(await run(FIXTURE_APP, '--colour')).toBe(2);
    const help: string[] = [];
    expect(
      await runPreview(
        ['--help'],
        (line) => help.push(line),
        () => {},
      ),
    ).toBe(0);
    expect(help.join('\n')).toContain('--processor <file>');
  });
});
