import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import type { AppProcessState } from '../../src/wire/process.ts';
import { PreviewHarness } from './support/previewHarness.ts';

describe('preview server: storage', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  const dataFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), 'skjema-preview-restart-'));
    folders.push(folder);
    return folder;
  };

  it('keeps instances, form data, files, process state and tokens across a restart with the same data folder', async () => {
    const dataDir = dataFolder();
    const first = await PreviewHarness.start({ dataDir });
    const instance = await first.createInstance();
    const element = PreviewHarness.element(instance);
    await first.request('PATCH', `instances/${instance.id}/data/${element.id}`, {
      body: {
        patch: [
          { op: 'add', path: '/people', value: [{ firstName: 'Kari' }] },
          { op: 'add', path: '/name', value: 'Kari' },
        ],
      },
    });
    const upload = await first.request<{ newDataElementId: string }>(
      'POST',
      `instances/${instance.id}/data/attachments`,
      {
        raw: Buffer.from('%PDF-1.4 kept'),
        headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename=kept.pdf' },
      },
    );
    const before = await first.request<{ people: { altinnRowId: string }[] }>(
      'GET',
      `instances/${instance.id}/data/${element.id}?includeRowId=true`,
    );
    expect((await first.request('PUT', `instances/${instance.id}/process/next`)).status).toBe(200);
    const token = first.token;
    await first.close();

    const second = await PreviewHarness.start({ dataDir });
    second.token = token;
    try {
      const read = await second.request<InstanceResponse>('GET', `instances/${instance.id}`);
      expect(read.status).toBe(200);
      expect(read.body.data.map((candidate) => candidate.dataType)).toEqual(['model', 'attachments']);
      expect(read.body.data[0]!.locked).toBe(true);
      const data = await second.request('GET', `instances/${instance.id}/data/${element.id}?includeRowId=true`);
      expect(data.body).toEqual(before.body);
      const file = await second.request('GET', `instances/${instance.id}/data/${upload.body.newDataElementId}`);
      expect(file.text).toBe('%PDF-1.4 kept');
      const process = await second.request<AppProcessState>('GET', `instances/${instance.id}/process`);
      expect(process.body.currentTask?.elementId).toBe('Task_2');
      const history = await second.request<{ processHistory: unknown[] }>(
        'GET',
        `instances/${instance.id}/process/history`,
      );
      expect(history.body.processHistory).toHaveLength(4);
    } finally {
      await second.close();
    }
  });

  it('writes a schema version and uses WAL, and refuses a database from a newer skjema with a clear message', async () => {
    const dataDir = dataFolder();
    const harness = await PreviewHarness.start({ dataDir });
    await harness.close();
    const db = new Database(join(dataDir, 'preview.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version FROM schema_version').get()).toEqual({ version: 2 });
    db.prepare('UPDATE schema_version SET version = 99').run();
    db.close();
    await expect(PreviewHarness.start({ dataDir })).rejects.toThrow(/newer skjema \(schema version 99/);
  });

  it('leaves storage unchanged when a request fails half way (a processor hook throws)', async () => {
    const harness = await PreviewHarness.start({
      processor: {
        processDataWrite({ data }) {
          if (data.name === 'boom') throw new Error('cannot handle boom');
        },
      },
    });
    try {
      const instance = await harness.createInstance();
      const element = PreviewHarness.element(instance);
      const url = `instances/${instance.id}/data/${element.id}`;
      await harness.request('PATCH', url, { body: { patch: [{ op: 'add', path: '/name', value: 'fine' }] } });
      const failed = await harness.request<{ detail: string }>('PATCH', url, {
        body: { patch: [{ op: 'replace', path: '/name', value: 'boom' }] },
      });
      expect(failed.status).toBe(500);
      expect(failed.body.detail).toContain('processDataWrite');
      expect(failed.body.detail).toContain('cannot handle boom');
      expect((await harness.request('GET', url)).body).toEqual({ name: 'fine' });
    } finally {
      await harness.close();
    }
  });
});
