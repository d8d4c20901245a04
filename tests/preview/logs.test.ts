import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPreview } from '../../src/cli/preview.ts';
import { FIXTURE_APP, PreviewHarness } from './support/previewHarness.ts';

interface LogLine {
  level: string;
  time: string;
  msg: string;
  [field: string]: unknown;
}

describe('preview server: the JSON log (--log-format json)', () => {
  let harness: PreviewHarness;
  const lines: string[] = [];
  beforeAll(async () => {
    harness = await PreviewHarness.start({ logFormat: 'json', log: (line) => lines.push(line) });
  });
  afterAll(() => harness.close());

  const parsed = () => lines.map((line) => JSON.parse(line) as LogLine);

  it('writes one JSON line per request with method, route, status, duration, instance and user, and no token or form data', async () => {
    const instance = await harness.createInstance();
    const element = PreviewHarness.element(instance);
    lines.length = 0;
    const secret = 'Kari Hemmelig-Nordmann';
    const patch = await harness.request('PATCH', `instances/${instance.id}/data/${element.id}`, {
      body: { patch: [{ op: 'add', path: '/name', value: secret }] },
    });
    expect(patch.status).toBe(200);

    const requests = parsed().filter((line) => line.msg === 'request');
    expect(requests).toEqual([
      {
        level: 'info',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        msg: 'request',
        method: 'PATCH',
        route: '/skjema/preview-fixture/instances/:party/:guid/data/:id',
        status: 200,
        durationMs: expect.any(Number),
        instanceId: instance.id,
        userId: 1337,
      },
    ]);
    const text = lines.join('\n');
    expect(text).not.toContain(secret);
    expect(text).not.toContain(harness.token);
    expect(text).not.toContain(harness.token.split('.')[2]!);
  });

  it('logs events (instance created, refused submit, process moved) as their own lines', async () => {
    lines.length = 0;
    const instance = await harness.createInstance();
    expect((await harness.request('PUT', `instances/${instance.id}/process/next`)).status).toBe(409);
    const events = parsed().filter((line) => typeof line.event === 'string');
    expect(events).toEqual([
      expect.objectContaining({ level: 'info', event: 'instance.created', instanceId: instance.id }),
      expect.objectContaining({ event: 'validation.failed', instanceId: instance.id, task: 'Task_1', issues: 1 }),
    ]);
    const statuses = parsed()
      .filter((line) => line.msg === 'request')
      .map((line) => line.status);
    expect(statuses).toEqual([201, 409]);
  });

  it('logs a request without a user without a userId, and a token request without the token', async () => {
    lines.length = 0;
    const token = await harness.tokenFor(12345);
    await fetch(`${harness.server.url}/skjema/preview-fixture/api/v1/applicationmetadata`);
    const [tokenLine, metadataLine] = parsed();
    expect(tokenLine).toMatchObject({ route: '/Home/GetTestUserToken', status: 200 });
    expect(metadataLine).toMatchObject({ route: '/skjema/preview-fixture/api/v1/applicationmetadata', status: 200 });
    expect(metadataLine).not.toHaveProperty('userId');
    expect(lines.join('\n')).not.toContain(token);
  });
});

describe('preview server: the human log (default)', () => {
  it('prints no request lines', async () => {
    const lines: string[] = [];
    const harness = await PreviewHarness.start({ log: (line) => lines.push(line) });
    try {
      await harness.createInstance();
      expect(lines).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});

describe('skjema preview --log-format', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'skjema-preview-logs-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('logs each request as JSON with --log-format json', async () => {
    const out: string[] = [];
    const code = await runPreview(
      [FIXTURE_APP, '--port', '0', '--data', dataDir, '--no-watch', '--log-format', 'json'],
      (line) => out.push(line),
      () => {},
      { waitForStop: async (server) => void (await fetch(`${server.url}/metrics`)) },
    );
    expect(code).toBe(0);
    const json = out.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as LogLine);
    expect(json).toContainEqual(expect.objectContaining({ msg: 'request', route: '/metrics', status: 200 }));
    // The start banner stays for people, and says where the metrics are.
    expect(out).toContainEqual(
      expect.stringMatching(/^ {2}metrics \(Prometheus\): http:\/\/127\.0\.0\.1:\d+\/metrics$/),
    );
  });

  it('refuses an unknown format, naming the ones it knows', async () => {
    const err: string[] = [];
    const code = await runPreview(
      [FIXTURE_APP, '--port', '0', '--data', dataDir, '--log-format', 'xml'],
      () => {},
      (line) => err.push(line),
    );
    expect(code).toBe(2);
    expect(err).toEqual(['--log-format must be human or json, not "xml".']);
  });
});
