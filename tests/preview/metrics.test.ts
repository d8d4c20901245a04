import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import { parsePrometheusText, sampleValue, type Sample } from './support/prometheusText.ts';
import { PreviewHarness } from './support/previewHarness.ts';

const APP = '/skjema/preview-fixture';
const DATA_PATCH = `${APP}/instances/:party/:guid/data/:id`;

describe('preview server: Prometheus metrics at /metrics', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    harness = await PreviewHarness.start();
  });
  afterAll(() => harness.close());

  async function scrape(): Promise<Sample[]> {
    const response = await fetch(`${harness.server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheusText(await response.text());
  }

  /** How much each named sample moved between two scrapes. */
  function moved(before: Sample[], after: Sample[], name: string, labels: Record<string, string> = {}) {
    return sampleValue(after, name, labels) - sampleValue(before, name, labels);
  }

  function patchName(instance: InstanceResponse, patch: unknown[]) {
    const element = PreviewHarness.element(instance);
    return harness.request('PATCH', `instances/${instance.id}/data/${element.id}`, { body: { patch } });
  }

  it('counts requests by route pattern and status, with latency histograms, and never an instance id as a label', async () => {
    const before = await scrape();
    const instance = await harness.createInstance();
    await harness.request('GET', `instances/${instance.id}`);
    await harness.request('GET', `instances/${instance.id}`);
    await harness.request('GET', `instances/501337/00000000-0000-4000-8000-000000000000`);
    const after = await scrape();

    const route = `${APP}/instances/:party/:guid`;
    expect(moved(before, after, 'skjema_preview_http_requests_total', { method: 'GET', route, status: '200' })).toBe(2);
    expect(moved(before, after, 'skjema_preview_http_requests_total', { method: 'GET', route, status: '404' })).toBe(1);
    expect(
      moved(before, after, 'skjema_preview_http_requests_total', {
        method: 'POST',
        route: `${APP}/instances`,
        status: '201',
      }),
    ).toBe(1);
    expect(moved(before, after, 'skjema_preview_http_request_duration_seconds_count', { method: 'GET', route })).toBe(
      3,
    );
    expect(
      sampleValue(after, 'skjema_preview_http_request_duration_seconds_bucket', { method: 'GET', route, le: '+Inf' }),
    ).toBe(sampleValue(after, 'skjema_preview_http_request_duration_seconds_count', { method: 'GET', route }));
    expect(moved(before, after, 'skjema_preview_instances_created_total')).toBe(1);

    const guid = instance.id.split('/')[1]!;
    const labelValues = after.flatMap((sample) => Object.values(sample.labels));
    expect(labelValues.filter((value) => value.includes(guid) || value.includes('501337'))).toEqual([]);
  });

  it('counts saves and save conflicts (a failed JSON Patch test), not other failed patches', async () => {
    const instance = await harness.createInstance();
    const before = await scrape();
    expect((await patchName(instance, [{ op: 'add', path: '/name', value: 'Kari' }])).status).toBe(200);
    expect((await patchName(instance, [{ op: 'add', path: '/name', value: 'Kari Nordmann' }])).status).toBe(200);
    const stale = await patchName(instance, [
      { op: 'test', path: '/name', value: 'Old' },
      { op: 'replace', path: '/name', value: 'Client' },
    ]);
    expect(stale.status).toBe(409);
    const broken = await patchName(instance, [{ op: 'remove', path: '/nothing/here' }]);
    expect(broken.status).toBe(422);
    const after = await scrape();

    expect(moved(before, after, 'skjema_preview_saves_total', { outcome: 'saved' })).toBe(2);
    expect(moved(before, after, 'skjema_preview_saves_total', { outcome: 'conflict' })).toBe(1);
    expect(
      moved(before, after, 'skjema_preview_http_requests_total', { method: 'PATCH', route: DATA_PATCH, status: '409' }),
    ).toBe(1);
    expect(
      moved(before, after, 'skjema_preview_http_requests_total', { method: 'PATCH', route: DATA_PATCH, status: '422' }),
    ).toBe(1);
  });

  it('counts refused process/next with its issues by severity, and transitions from task to task', async () => {
    const instance = await harness.createInstance();
    const before = await scrape();
    expect((await harness.request('PUT', `instances/${instance.id}/process/next`)).status).toBe(409);
    await patchName(instance, [{ op: 'add', path: '/name', value: 'Kari' }]);
    expect((await harness.request('PUT', `instances/${instance.id}/process/next`)).status).toBe(200);
    const end = await harness.request('PUT', `instances/${instance.id}/process/next`, { body: { action: 'confirm' } });
    expect(end.status).toBe(200);
    const after = await scrape();

    expect(moved(before, after, 'skjema_preview_validation_failures_total', { task: 'Task_1' })).toBe(1);
    expect(
      moved(before, after, 'skjema_preview_validation_failure_issues_total', { task: 'Task_1', severity: 'error' }),
    ).toBe(1);
    expect(moved(before, after, 'skjema_preview_process_transitions_total', { from: 'Task_1', to: 'Task_2' })).toBe(1);
    expect(moved(before, after, 'skjema_preview_process_transitions_total', { from: 'Task_2', to: 'end' })).toBe(1);
  });

  it('counts file scan results by result, and deleted instances by kind', async () => {
    const instance = await harness.createInstance();
    const other = await harness.createInstance();
    const before = await scrape();
    const upload = await harness.request('POST', `instances/${instance.id}/data/scanned`, {
      raw: Buffer.from('plain text'),
      headers: { 'content-type': 'text/plain', 'content-disposition': 'attachment; filename=notes.txt' },
    });
    expect(upload.status).toBe(200);
    expect((await harness.request('DELETE', `instances/${instance.id}`)).status).toBe(200);
    expect((await harness.request('DELETE', `instances/${other.id}?hard=true`)).status).toBe(200);
    const after = await scrape();

    expect(moved(before, after, 'skjema_preview_file_scans_total', { result: 'Clean' })).toBe(1);
    expect(moved(before, after, 'skjema_preview_instances_deleted_total', { kind: 'soft' })).toBe(1);
    expect(moved(before, after, 'skjema_preview_instances_deleted_total', { kind: 'hard' })).toBe(1);
  });

  it('counts a scanner’s verdict when it arrives, after the upload counted Pending', async () => {
    // The verdict comes from a scanner object (clamd itself is exercised in virusScan.test.ts).
    let verdicts = 0;
    const scanning = await PreviewHarness.start({
      scanner: {
        description: 'a scanner that finds a virus in everything',
        check: async () => 'test 1',
        scan: async () => {
          verdicts++;
          return { result: 'infected', signature: 'Test-Signature' };
        },
      },
    });
    try {
      const read = async () => {
        const response = await fetch(`${scanning.server.url}/metrics`);
        return parsePrometheusText(await response.text());
      };
      const instance = await scanning.createInstance();
      const before = await read();
      const upload = await scanning.request('POST', `instances/${instance.id}/data/scanned`, {
        raw: Buffer.from('plain text'),
        headers: { 'content-type': 'text/plain', 'content-disposition': 'attachment; filename=notes.txt' },
      });
      expect(upload.status).toBe(200);
      await expect.poll(() => verdicts).toBe(1);
      await expect
        .poll(async () => moved(before, await read(), 'skjema_preview_file_scans_total', { result: 'Infected' }))
        .toBe(1);
      expect(moved(before, await read(), 'skjema_preview_file_scans_total', { result: 'Pending' })).toBe(1);
    } finally {
      await scanning.close();
    }
  });

  it('keeps the counts of two servers in one process apart', async () => {
    const second = await PreviewHarness.start();
    try {
      const before = await scrape();
      await second.createInstance();
      const after = await scrape();
      expect(moved(before, after, 'skjema_preview_instances_created_total')).toBe(0);
      const own = parsePrometheusText(await (await fetch(`${second.server.url}/metrics`)).text());
      expect(sampleValue(own, 'skjema_preview_instances_created_total')).toBe(1);
    } finally {
      await second.close();
    }
  });
});

describe('preview server: /metrics beyond this machine', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    // Bound to every address, the server is reachable from the network: /metrics wants the service owner.
    harness = await PreviewHarness.start({ host: '0.0.0.0' });
  });
  afterAll(() => harness.close());

  it('answers 401 without a token, 403 to a test user, and 200 to the app’s service owner', async () => {
    const url = `${harness.server.url}/metrics`;
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { detail: string }).detail).toContain('GetTestOrgToken/skjema');
    const user = await fetch(url, { headers: { authorization: `Bearer ${harness.token}` } });
    expect(user.status).toBe(403);
    const orgToken = await (await fetch(`${harness.server.url}/Home/GetTestOrgToken/skjema`)).text();
    const owner = await fetch(url, { headers: { authorization: `Bearer ${orgToken}` } });
    expect(owner.status).toBe(200);
    expect(await owner.text()).toContain('skjema_preview_http_requests_total');
  });
});
