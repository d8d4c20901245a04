import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createServer } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { skjemaAppPlugin } from '../../src/cli/devServer/appPlugin.ts';
import { describeProblem, loadDevApp } from '../../src/cli/devServer/devApp.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An app folder on disk from `{ path: content }` (objects are written as JSON). */
function appFolder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'skjema-dev-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const task = (id: string, name: string, type: string, incoming: string, outgoing: string) => `
    <bpmn:task id="${id}" name="${name}">
      <bpmn:extensionElements><altinn:taskExtension><altinn:taskType>${type}</altinn:taskType></altinn:taskExtension></bpmn:extensionElements>
      <bpmn:incoming>${incoming}</bpmn:incoming><bpmn:outgoing>${outgoing}</bpmn:outgoing>
    </bpmn:task>`;

// The confirmation task is written first in the file; the flows start at the form task.
const bpmn = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:altinn="http://altinn.no/process">
  <bpmn:process id="P" isExecutable="false">
    <bpmn:startEvent id="Start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    ${task('Task_Sign', 'Signering', 'signing', 'f2', 'f3')}
    ${task('Task_Form', 'Utfylling', 'data', 'f1', 'f2')}
    <bpmn:endEvent id="End"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Task_Form" />
    <bpmn:sequenceFlow id="f2" sourceRef="Task_Form" targetRef="Task_Sign" />
    <bpmn:sequenceFlow id="f3" sourceRef="Task_Sign" targetRef="End" />
  </bpmn:process>
</bpmn:definitions>`;

const page = (id: string) => ({ data: { layout: [{ id, type: 'Paragraph', textResourceBindings: { title: id } }] } });

/** layout-sets.json lists the signing task's set first, as apps often do for no reason. */
function twoTaskApp(extra: Record<string, unknown> = {}) {
  return appFolder({
    'App/config/applicationmetadata.json': { id: 'ttd/two', dataTypes: [{ id: 'model', appLogic: { classRef: 'M' } }] },
    'App/config/process/process.bpmn': bpmn,
    'App/models/model.schema.json': { type: 'object', properties: {} },
    'App/ui/layout-sets.json': {
      sets: [
        { id: 'sign', dataType: 'model', tasks: ['Task_Sign'] },
        { id: 'form', dataType: 'model', tasks: ['Task_Form'] },
      ],
    },
    'App/ui/sign/Settings.json': { pages: { order: ['signing'] } },
    'App/ui/sign/layouts/signing.json': page('signing-text'),
    'App/ui/form/Settings.json': { pages: { order: ['start'] } },
    'App/ui/form/layouts/start.json': page('start-text'),
    ...extra,
  });
}

describe('the dev server app (npm run start:form)', () => {
  it('opens where process.bpmn starts, not at the first layout set, and lists the tasks in process order', async () => {
    const app = await loadDevApp(twoTaskApp());
    expect(app.problem).toBeUndefined();
    expect(app.layoutSet?.id).toBe('form');
    expect(app.startTask).toBe('Task_Form');
    expect(app.tasks).toEqual([
      { taskId: 'Task_Form', name: 'Utfylling', type: 'data', layoutSetId: 'form' },
      { taskId: 'Task_Sign', name: 'Signering', type: 'signing', layoutSetId: 'sign' },
    ]);
    expect(Object.keys(app.taskLayoutSets).sort()).toEqual(['form', 'sign']);
    expect(app.diagnostics).toEqual([]);
  });

  it('opens the layout set SKJEMA_LAYOUT_SET names instead', async () => {
    const app = await loadDevApp(twoTaskApp(), { layoutSetId: 'sign' });
    expect(app.layoutSet?.id).toBe('sign');
    expect(app.startTask).toBe('Task_Sign');
  });

  it('warns about taskNavigation entries for tasks the process does not have', async () => {
    const app = await loadDevApp(
      twoTaskApp({
        'App/ui/form/Settings.json': {
          pages: { order: ['start'], taskNavigation: [{ taskId: 'Task_Form' }, { taskId: 'Task_Gone' }] },
        },
      }),
    );
    expect(app.diagnostics).toEqual([
      expect.objectContaining({
        file: 'App/ui/form/Settings.json',
        pointer: '/pages/taskNavigation/1/taskId',
        message: expect.stringContaining('"Task_Gone"'),
      }),
    ]);
  });

  it('says what it expected and what it found when SKJEMA_APP points at the wrong folder', async () => {
    const app = twoTaskApp();
    const missing = await loadDevApp(join(app, 'nope'));
    expect(missing.problem).toEqual({ kind: 'missing', appDir: join(app, 'nope') });
    expect(describeProblem(missing.problem!)).toMatch(
      /does not exist\. SKJEMA_APP must point to the folder that holds App\//,
    );

    const inside = await loadDevApp(join(app, 'App'));
    expect(inside.problem).toEqual({ kind: 'is-app-folder', appDir: join(app, 'App'), parent: app });
    expect(describeProblem(inside.problem!)).toContain(`Point SKJEMA_APP at the folder above it: ${app}`);

    const notAnApp = appFolder({ 'README.md': '# hei', 'src/index.ts': '' });
    const none = await loadDevApp(notAnApp);
    expect(none.problem).toEqual({ kind: 'no-app', appDir: notAnApp, found: ['README.md', 'src'] });
    expect(describeProblem(none.problem!)).toContain('Found: README.md, src.');

    const noLayouts = appFolder({ 'App/ui/readme.txt': 'x', 'App/config/applicationmetadata.json': { id: 'a/b' } });
    const empty = await loadDevApp(noLayouts);
    expect(empty.problem).toEqual({ kind: 'no-layouts', appDir: noLayouts, found: ['readme.txt'] });
    expect(empty.layoutSet).toBeNull();
  });

  it('serves the app as virtual:skjema-app from a real Vite server, and says in the terminal when the folder is wrong', async () => {
    const logged: string[] = [];
    const server = await createServer({
      configFile: false,
      logLevel: 'silent',
      server: { middlewareMode: true, watch: null },
      plugins: [skjemaAppPlugin({ appDir: twoTaskApp(), log: (line) => logged.push(line) })],
    });
    const wrong = await createServer({
      configFile: false,
      logLevel: 'silent',
      server: { middlewareMode: true, watch: null },
      plugins: [skjemaAppPlugin({ appDir: '/no/such/app', log: (line) => logged.push(line) })],
    });
    try {
      const served = await server.transformRequest('virtual:skjema-app');
      expect(served?.code).toContain('export const startTask = "Task_Form";');
      expect(served?.code).toContain('export const problem = null;');
      const refused = await wrong.transformRequest('virtual:skjema-app');
      expect(refused?.code).toContain('"kind":"missing"');
      expect(logged).toContainEqual(expect.stringContaining('skjema: /no/such/app does not exist.'));
    } finally {
      await server.close();
      await wrong.close();
    }
  });
});
