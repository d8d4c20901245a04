import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DataPatchResponse, DataPatchResponseMultiple } from '../../src/wire/dataPatch.ts';
import { loadProcessor } from '../../src/preview/index.ts';
import { PreviewHarness } from './support/previewHarness.ts';

describe('preview server: processor hooks', () => {
  const folder = mkdtempSync(join(tmpdir(), 'skjema-processor-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('returns what processDataWrite changed in newDataModels, with row ids for rows it added', async () => {
    const calls: { dataType: string; previous: unknown; language: string }[] = [];
    const harness = await PreviewHarness.start({
      processor: {
        processDataWrite({ data, previousData, dataType, language }) {
          calls.push({ dataType, previous: previousData, language });
          data.total = (typeof data.amount === 'number' ? data.amount : 0) * 2;
          if (!Array.isArray(data.people)) data.people = [{ firstName: 'Added by processor' }];
        },
      },
    });
    try {
      const instance = await harness.createInstance();
      const element = PreviewHarness.element(instance);
      const multi = await harness.request<DataPatchResponseMultiple>(
        'PATCH',
        `instances/${instance.id}/data?language=en`,
        {
          body: { patches: [{ dataElementId: element.id, patch: [{ op: 'add', path: '/amount', value: 21 }] }] },
        },
      );
      expect(multi.status).toBe(200);
      const model = multi.body.newDataModels[0]!.data as {
        total: number;
        people: { altinnRowId: string; firstName: string }[];
      };
      expect(model.total).toBe(42);
      expect(model.people).toEqual([
        { firstName: 'Added by processor', altinnRowId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
      ]);
      expect(calls).toEqual([{ dataType: 'model', previous: {}, language: 'en' }]);

      // What the browser got is what was stored, row ids included.
      const stored = await harness.request('GET', `instances/${instance.id}/data/${element.id}?includeRowId=true`);
      expect(stored.body).toEqual(model);
    } finally {
      await harness.close();
    }
  });

  it('loads hooks from a module file, uses a returned model, and runs onTaskStart and onTaskEnd', async () => {
    const file = join(folder, 'processor.mjs');
    writeFileSync(
      file,
      `export const seen = [];
export function processDataWrite({ data }) { return { ...data, name: String(data.name ?? '').toUpperCase() }; }
export function onTaskStart({ taskId }) { seen.push('start ' + taskId); }
export function onTaskEnd({ taskId }) { seen.push('end ' + taskId); }
`,
    );
    const processor = await loadProcessor(file);
    const harness = await PreviewHarness.start({ processor: file });
    try {
      const instance = await harness.createInstance();
      const element = PreviewHarness.element(instance);
      const single = await harness.request<DataPatchResponse>('PATCH', `instances/${instance.id}/data/${element.id}`, {
        body: { patch: [{ op: 'add', path: '/name', value: 'kari' }] },
      });
      expect(single.body.newDataModel).toEqual({ name: 'KARI' });
      expect((await harness.request('PUT', `instances/${instance.id}/process/next`)).status).toBe(200);
      const { seen } = (await import(file)) as { seen: string[] };
      expect(seen).toEqual(['start Task_1', 'end Task_1', 'start Task_2']);
      expect(typeof processor.processDataWrite).toBe('function');
    } finally {
      await harness.close();
    }
  });

  it('refuses a module with none of the hooks, naming them', async () => {
    const file = join(folder, 'empty.mjs');
    writeFileSync(file, 'export const nothing = 1;\n');
    await expect(loadProcessor(file)).rejects.toThrow(/processDataWrite, onTaskStart, onTaskEnd/);
  });

  it('fails process/next with a 500 naming onTaskEnd when it throws, and the process stays where it was', async () => {
    const harness = await PreviewHarness.start({
      processor: {
        onTaskEnd() {
          throw new Error('archive is down');
        },
      },
    });
    try {
      const instance = await harness.createInstance();
      const element = PreviewHarness.element(instance);
      await harness.request('PATCH', `instances/${instance.id}/data/${element.id}`, {
        body: { patch: [{ op: 'add', path: '/name', value: 'Kari' }] },
      });
      const next = await harness.request<{ detail: string }>('PUT', `instances/${instance.id}/process/next`);
      expect(next.status).toBe(500);
      expect(next.body.detail).toMatch(/onTaskEnd threw: archive is down/);
      const process = await harness.request<{ currentTask: { elementId: string } }>(
        'GET',
        `instances/${instance.id}/process`,
      );
      expect(process.body.currentTask.elementId).toBe('Task_1');
    } finally {
      await harness.close();
    }
  });
});
