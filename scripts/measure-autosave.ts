/**
 * Measures autosave against the local preview server: requests and bytes per save for a one-field
 * change in a 1,000-field model, and the time from a keystroke to "saved" with the default quiet
 * period (400 ms). Run with `npx tsx scripts/measure-autosave.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAppClient } from '../src/client/index.ts';
import { createConnectedApp, type SaveStatus } from '../src/connected/index.ts';
import { SaveScheduler } from '../src/core/save/index.ts';
import { startPreviewServer } from '../src/preview/index.ts';

const APP = resolve(import.meta.dirname, '../tests/preview/fixtures/preview-app');
const FIELDS = 1000;
const KEYSTROKES = 20;

const dataDir = mkdtempSync(join(tmpdir(), 'skjema-measure-'));
const server = await startPreviewServer({ appDir: APP, dataDir, watch: false, log: () => {} });
try {
  const token = await (await fetch(`${server.url}/Home/GetTestUserToken?userId=1337&authenticationLevel=2`)).text();
  const patches: { sent: number; received: number }[] = [];
  const client = createAppClient({
    baseUrl: server.url,
    org: 'skjema',
    app: 'preview-fixture',
    language: 'nb',
    headers: { authorization: `Bearer ${token}` },
    fetch: async (url, init) => {
      const response = await fetch(url, init);
      if (init.method === 'PATCH') {
        const body = await response.clone().arrayBuffer();
        patches.push({ sent: new TextEncoder().encode(String(init.body ?? '')).length, received: body.byteLength });
      }
      return response;
    },
  });
  const app = createConnectedApp({ client, language: 'nb' });
  const instance = await app.createInstance(501337);
  let model: Record<string, unknown> = structuredClone(instance.dataModels.get('model')!.model);
  instance.attach({ read: () => structuredClone(model), applyServerModel: (_type, next) => (model = next) });

  // A model with 1,000 fields, saved once so the next save is a one-field change.
  model.fields = Object.fromEntries(Array.from({ length: FIELDS }, (_, i) => [`field${i}`, `value ${i}`]));
  await instance.save([{ dataType: 'model', data: model }]);
  patches.length = 0;

  (model.fields as Record<string, unknown>).field500 = 'changed';
  await instance.save([{ dataType: 'model', data: model }]);
  const [one] = patches;
  const requestsPerSave = patches.length;
  patches.length = 0;
  const modelBytes = JSON.stringify(model).length;

  // Keystroke → saved, through core's scheduler with the default quiet period.
  const scheduler = new SaveScheduler({ save: (models) => instance.save(models), read: () => model });
  const times: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const saved = new Promise<void>((done) => {
      const stop = instance.onSaveStatus((status: SaveStatus) => {
        if (status !== 'saved') return;
        stop();
        done();
      });
    });
    const start = performance.now();
    model = { ...model, name: `typed ${i}` };
    scheduler.changed('model');
    await saved;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);

  console.log(`one-field change in a ${FIELDS}-field model (${modelBytes} bytes as JSON):`);
  console.log(`  requests per save: ${requestsPerSave}`);
  console.log(`  bytes sent: ${one?.sent}, bytes received: ${one?.received}`);
  console.log(`keystroke → saved (default 400 ms quiet period), ${KEYSTROKES} runs:`);
  console.log(`  median ${times[KEYSTROKES / 2]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms`);
  console.log(`  PATCH requests for ${KEYSTROKES} keystrokes: ${patches.length}`);
  instance.dispose();
  app.dispose();
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
