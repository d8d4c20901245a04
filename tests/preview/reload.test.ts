import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_APP, PreviewHarness } from './support/previewHarness.ts';

/** Reads Server-Sent Events from a response body until `wanted` arrives. */
async function nextEvent(body: ReadableStream<Uint8Array>, wanted: string): Promise<unknown> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`The event stream ended before "${wanted}"`);
    buffer += decoder.decode(value, { stream: true });
    for (const block of buffer.split('\n\n').slice(0, -1)) {
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event === wanted) {
        reader.releaseLock();
        return JSON.parse(data ?? 'null');
      }
    }
    buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
  }
}

describe('preview server: reloading the app', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  const appCopy = () => {
    const folder = mkdtempSync(join(tmpdir(), 'skjema-preview-app-'));
    folders.push(folder);
    cpSync(FIXTURE_APP, folder, { recursive: true });
    return folder;
  };

  it('re-reads changed files and tells browser pages with an app-changed event', async () => {
    const appDir = appCopy();
    const harness = await PreviewHarness.start({ appDir, watch: true });
    const controller = new AbortController();
    try {
      const stream = await fetch(`${harness.server.url}/__skjema/events`, { signal: controller.signal });
      expect(stream.headers.get('content-type')).toBe('text/event-stream');
      const texts = join(appDir, 'App/config/texts/resource.en.json');
      const changed = nextEvent(stream.body!, 'app-changed');
      writeFileSync(texts, JSON.stringify({ language: 'en', resources: [{ id: 'name.label', value: 'Full name' }] }));
      expect(await changed).toEqual({
        app: harness.server.apps()[0]!.id,
        files: expect.arrayContaining([expect.stringContaining('resource.en.json')]),
      });
      const served = await harness.request('GET', 'api/v1/texts/en', { token: null });
      expect(served.body).toMatchObject({ resources: [{ id: 'name.label', value: 'Full name' }] });
    } finally {
      controller.abort();
      await harness.close();
    }
  });

  it('starts with a broken page file, names the file and line, and serves the rest', async () => {
    const appDir = appCopy();
    writeFileSync(join(appDir, 'App/ui/form/layouts/page2.json'), '{ "data": { "layout": [ }');
    const harness = await PreviewHarness.start({ appDir });
    try {
      const problems = harness.server.app().diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      expect(problems).toEqual([
        expect.objectContaining({ file: 'App/ui/form/layouts/page2.json', code: 'json-syntax' }),
      ]);
      const layouts = await harness.request<Record<string, unknown>>('GET', 'api/layouts/form', { token: null });
      expect(Object.keys(layouts.body)).toEqual(['page1']);
      const instance = await harness.createInstance();
      expect(instance.data).toHaveLength(1);
    } finally {
      await harness.close();
    }
  });

  it('starts without a process, serving resources and explaining why instances cannot be created', async () => {
    const appDir = appCopy();
    rmSync(join(appDir, 'App/config/process'), { recursive: true });
    const harness = await PreviewHarness.start({ appDir });
    try {
      expect((await harness.request('GET', 'api/layoutsets', { token: null })).status).toBe(200);
      const create = await harness.request<{ detail: string }>('POST', 'instances?instanceOwnerPartyId=501337');
      expect(create.status).toBe(409);
      expect(create.body.detail).toMatch(/no App\/config\/process\/process\.bpmn/);
    } finally {
      await harness.close();
    }
  });
});
