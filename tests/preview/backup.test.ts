import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPreview } from '../../src/cli/preview.ts';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import { FIXTURE_APP, PreviewHarness } from './support/previewHarness.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** An instance as a server answers it: the instance JSON and every data element's bytes, as text to compare. */
async function snapshot(harness: PreviewHarness, instanceId: string): Promise<string | undefined> {
  const instance = await harness.request<InstanceResponse>('GET', `instances/${instanceId}`);
  if (instance.status === 404) return undefined;
  expect(instance.status).toBe(200);
  const parts = [instance.text];
  for (const element of instance.body.data) {
    // The bytes as they are (the harness reads responses as text).
    const content = await fetch(
      `${harness.server.appUrl}/instances/${instanceId}/data/${element.id}?includeRowId=true`,
      {
        headers: { authorization: `Bearer ${harness.token}` },
      },
    );
    expect(content.status).toBe(200);
    parts.push(
      `${element.id} ${content.headers.get('content-type')} ${Buffer.from(await content.arrayBuffer()).toString('base64')}`,
    );
  }
  return parts.join('\n');
}

function pdf(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(8 * 1024), Buffer.from('\n%%EOF\n')]);
}

/** `skjema preview …` from source in a process of its own, as a user runs it beside a server. */
function runBin(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/bin/skjema.ts'), 'preview', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => done({ code, out }));
  });
}

describe('skjema preview backup and restore', () => {
  const folder = mkdtempSync(join(tmpdir(), 'skjema-backup-'));
  let first: PreviewHarness;
  beforeAll(async () => {
    first = await PreviewHarness.start();
  });
  afterAll(async () => {
    await first.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function upload(harness: PreviewHarness, instanceId: string) {
    const response = await harness.request('POST', `instances/${instanceId}/data/attachments`, {
      raw: pdf(),
      headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename=vedlegg.pdf' },
    });
    expect(response.status).toBe(200);
  }

  async function patchName(harness: PreviewHarness, instance: InstanceResponse, name: string) {
    const element = PreviewHarness.element(instance);
    const response = await harness.request('PATCH', `instances/${instance.id}/data`, {
      body: { patches: [{ dataElementId: element.id, patch: [{ op: 'add', path: '/name', value: name }] }] },
    });
    expect(response.status).toBe(200);
  }

  it('backs up a running server under load, restores into a new folder, and the restored server answers the same', async () => {
    // Instances that stay as they are while the backup runs, and instances written meanwhile.
    const still: InstanceResponse[] = [];
    const busy: InstanceResponse[] = [];
    for (let i = 0; i < 30; i++) {
      const instance = await first.createInstance();
      await patchName(first, instance, `seed ${i}`);
      await upload(first, instance.id);
      (i < 20 ? still : busy).push(instance);
    }
    const before = new Map<string, string>();
    for (const instance of still) before.set(instance.id, (await snapshot(first, instance.id))!);

    // Every state an instance written during the backup had: the backup must hold one of them, whole.
    const states = new Map<string, string[]>();
    const record = async (id: string) => {
      const state = (await snapshot(first, id))!;
      states.set(id, [...(states.get(id) ?? []), state]);
    };
    for (const instance of busy) await record(instance.id);
    let stop = false;
    let writesDuringBackup = 0;
    const created: string[] = [];
    const newInstances = (async () => {
      while (!stop) {
        const instance = await first.createInstance();
        created.push(instance.id);
        await record(instance.id);
        await patchName(first, instance, `new ${created.length}`);
        await record(instance.id);
        await upload(first, instance.id);
        await record(instance.id);
        writesDuringBackup += 3;
      }
    })();
    const patches = (async () => {
      for (let round = 0; !stop; round++) {
        const instance = busy[round % busy.length]!;
        await patchName(first, instance, `round ${round}`);
        await record(instance.id);
        if (round % 5 === 0) {
          await upload(first, instance.id).catch(() => {});
          await record(instance.id);
        }
        writesDuringBackup++;
      }
    })();

    const file = join(folder, 'preview.backup');
    const backup = await runBin(['backup', file, '--data', first.dataDir]).finally(() => (stop = true));
    await Promise.all([newInstances, patches]);
    expect(backup.out).toMatch(/^Backed up \d+ instance\(s\) and \d+ data element\(s\) from .* to .*preview\.backup/m);
    expect(backup.code).toBe(0);
    expect(writesDuringBackup).toBeGreaterThan(0);

    const restoredDir = join(folder, 'restored');
    const out: string[] = [];
    expect(
      await runPreview(
        ['restore', file, '--data', restoredDir],
        (line) => out.push(line),
        (line) => out.push(line),
      ),
    ).toBe(0);
    expect(out.join('\n')).toMatch(/^Restored \d+ instance\(s\)/);
    expect(readdirSync(restoredDir).sort()).toEqual(['preview.sqlite', 'token-key.txt']);

    const restored = await PreviewHarness.start({ dataDir: restoredDir });
    try {
      // The token key came along: a token of the first server works on the restored one.
      restored.token = first.token;
      for (const [id, answer] of before) expect(await snapshot(restored, id), id).toBe(answer);
      let present = 0;
      for (const id of [...busy.map((instance) => instance.id), ...created]) {
        const answer = await snapshot(restored, id);
        if (busy.some((instance) => instance.id === id)) expect(answer, id).toBeDefined();
        if (answer === undefined) continue;
        present++;
        expect(states.get(id), id).toContain(answer);
      }
      expect(present).toBeGreaterThanOrEqual(busy.length);
    } finally {
      await restored.close();
    }
  }, 180_000);

  it('refuses a folder that is not empty unless --force, and a file that is not a skjema backup', async () => {
    const file = join(folder, 'small.backup');
    expect(
      await runPreview(
        ['backup', file, '--data', first.dataDir],
        () => {},
        () => {},
      ),
    ).toBe(0);
    const errors: string[] = [];
    const err = (line: string) => errors.push(line);

    expect(await runPreview(['backup', file, '--data', first.dataDir], () => {}, err)).toBe(1);
    expect(errors.pop()).toContain('exists; give another file name, or --force to overwrite it');

    const occupied = mkdtempSync(join(folder, 'occupied-'));
    writeFileSync(join(occupied, 'notes.txt'), 'mine');
    expect(await runPreview(['restore', file, '--data', occupied], () => {}, err)).toBe(1);
    expect(errors.pop()).toContain('is not empty (notes.txt); restore into a new or empty folder, or give --force');
    expect(existsSync(join(occupied, 'preview.sqlite'))).toBe(false);
    expect(await runPreview(['restore', file, '--data', occupied, '--force'], () => {}, err)).toBe(0);
    expect(readdirSync(occupied).sort()).toEqual(['notes.txt', 'preview.sqlite', 'token-key.txt']);

    const text = join(folder, 'not-a-backup.txt');
    writeFileSync(text, 'hello');
    expect(await runPreview(['restore', text, '--data', join(folder, 'x')], () => {}, err)).toBe(1);
    expect(errors.pop()).toBe(
      `${text} is not a skjema backup: it is not an SQLite database. Make one with skjema preview backup <file>.`,
    );
    // The live database is SQLite, but not a backup.
    const live = join(first.dataDir, 'preview.sqlite');
    expect(await runPreview(['restore', live, '--data', join(folder, 'y')], () => {}, err)).toBe(1);
    expect(errors.pop()).toContain('is not a skjema backup: the SQLite database has no skjema_backup table');
    expect(existsSync(join(folder, 'y', 'preview.sqlite'))).toBe(false);

    // A damaged backup is refused, not restored.
    const damaged = join(folder, 'damaged.backup');
    const bytes = readFileSync(file);
    bytes.fill(0x41, 4096 * 2, 4096 * 3);
    writeFileSync(damaged, bytes);
    expect(await runPreview(['restore', damaged, '--data', join(folder, 'z')], () => {}, err)).toBe(1);
    expect(errors.pop()).toMatch(/damaged|not a skjema backup/);

    // An app folder names its default data folder, which this fixture has never had.
    expect(await runPreview(['backup', join(folder, 'app.backup'), FIXTURE_APP], () => {}, err)).toBe(1);
    expect(errors.pop()).toBe(
      `${join(FIXTURE_APP, '.skjema-preview')} holds no preview database (preview.sqlite); give the data folder with --data <dir>, or the app folder whose .skjema-preview to back up.`,
    );
    expect(await runPreview(['backup', file], () => {}, err)).toBe(2);
    expect(errors.pop()).toContain('Give the data folder to back up with --data <dir> or an app folder');
  }, 60_000);
});
