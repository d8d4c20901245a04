import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstanceResponse } from '../../src/wire/instance.ts';
import type { AppProcessState } from '../../src/wire/process.ts';
import type { ValidationIssueWithSource } from '../../src/wire/validation.ts';
import { EXAMPLE_APP, FIXTURE_APP, PreviewHarness } from './support/previewHarness.ts';

describe('preview server: the process', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    harness = await PreviewHarness.start();
  });
  afterAll(() => harness.closeKeepingContract());

  async function fillName(instance: InstanceResponse, name = 'Kari') {
    const element = PreviewHarness.element(instance);
    await harness.request('PATCH', `instances/${instance.id}/data/${element.id}`, {
      body: { patch: [{ op: 'add', path: '/name', value: name }] },
    });
    return element;
  }

  it('reports the current task with the actions the user may take', async () => {
    const instance = await harness.createInstance();
    const process = await harness.request<AppProcessState>('GET', `instances/${instance.id}/process`);
    expect(process.status).toBe(200);
    expect(process.body.currentTask).toMatchObject({
      elementId: 'Task_1',
      altinnTaskType: 'data',
      read: true,
      write: true,
    });
    expect(process.body.processTasks?.map((task) => task.elementId)).toEqual(['Task_1', 'Task_2']);
  });

  it('refuses process/next while the task has errors (409 with the issues the browser would show), and validate lists them', async () => {
    const instance = await harness.createInstance();
    const validate = await harness.request<ValidationIssueWithSource[]>(
      'GET',
      `instances/${instance.id}/validate?language=en`,
    );
    expect(validate.body).toEqual([expect.objectContaining({ severity: 1, field: 'name', source: 'Required' })]);
    const next = await harness.request<Record<string, unknown>>(
      'PUT',
      `instances/${instance.id}/process/next?language=en`,
    );
    expect(next.status).toBe(409);
    expect(next.body).toMatchObject({
      title: 'Validation failed for task',
      status: 409,
      detail: '1 validation errors found for task Task_1',
      validationIssues: [expect.objectContaining({ field: 'name', severity: 1 })],
    });
    const still = await harness.request<AppProcessState>('GET', `instances/${instance.id}/process`);
    expect(still.body.currentTask?.elementId).toBe('Task_1');
  });

  it('moves to the next task, locks the data of the task left and refuses writes to it (409)', async () => {
    const instance = await harness.createInstance();
    const element = await fillName(instance);
    const next = await harness.request<AppProcessState>('PUT', `instances/${instance.id}/process/next`);
    expect(next.status).toBe(200);
    expect(next.body.currentTask).toMatchObject({ elementId: 'Task_2', altinnTaskType: 'confirmation' });
    expect(next.body.currentTask?.actions).toMatchObject({ confirm: true });
    const read = await harness.request<InstanceResponse>('GET', `instances/${instance.id}`);
    expect(read.body.data.find((candidate) => candidate.id === element.id)?.locked).toBe(true);
    const write = await harness.request('PATCH', `instances/${instance.id}/data/${element.id}`, {
      body: { patch: [{ op: 'replace', path: '/name', value: 'Late' }] },
    });
    expect(write.status).toBe(409);
    const data = await harness.request<{ name: string }>('GET', `instances/${instance.id}/data/${element.id}`);
    expect(data.body.name).toBe('Kari');
  });

  it('runs to the end: the instance is archived, its data can no longer change, and the history lists each step', async () => {
    const instance = await harness.createInstance();
    const element = await fillName(instance);
    expect((await harness.request('PUT', `instances/${instance.id}/process/next`)).status).toBe(200);
    const end = await harness.request<AppProcessState>('PUT', `instances/${instance.id}/process/next`, {
      body: { action: 'confirm' },
    });
    expect(end.status).toBe(200);
    expect(end.body.currentTask).toBeNull();
    expect(end.body.ended).toBeTruthy();
    expect(end.body.endEvent).toBe('EndEvent_1');
    const read = await harness.request<InstanceResponse>('GET', `instances/${instance.id}`);
    expect(read.body.status).toMatchObject({ isArchived: true, archived: expect.any(String) });
    const write = await harness.request<{ title: string }>('PATCH', `instances/${instance.id}/data/${element.id}`, {
      body: { patch: [{ op: 'replace', path: '/name', value: 'After' }] },
    });
    expect(write.status).toBe(409);
    const again = await harness.request('PUT', `instances/${instance.id}/process/next`);
    expect(again.status).toBe(409);
    const history = await harness.request<{ processHistory: { eventType: string; elementId: string | null }[] }>(
      'GET',
      `instances/${instance.id}/process/history`,
    );
    expect(history.body.processHistory.map((item) => `${item.eventType}:${item.elementId}`)).toEqual([
      'process_StartEvent:StartEvent_1',
      'process_StartTask:Task_1',
      'process_EndTask:Task_1',
      'process_StartTask:Task_2',
      'process_EndTask:Task_2',
      'process_EndEvent:EndEvent_1',
    ]);
    expect((await harness.request('GET', `instances/${instance.id}/validate`)).status).toBe(409);
  });

  it('lets only one of two concurrent process/next requests move the process (the second gets 409)', async () => {
    // The first request is held inside its onTaskEnd hook until the second has been answered.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    let taskEnds = 0;
    const locking = await PreviewHarness.start({
      processor: {
        async onTaskEnd() {
          taskEnds++;
          entered();
          await held;
        },
      },
    });
    try {
      const instance = await locking.createInstance();
      const element = PreviewHarness.element(instance);
      await locking.request('PATCH', `instances/${instance.id}/data/${element.id}`, {
        body: { patch: [{ op: 'add', path: '/name', value: 'Kari' }] },
      });
      const first = locking.request('PUT', `instances/${instance.id}/process/next`);
      await inside;
      const second = await locking.request<{ title: string }>('PUT', `instances/${instance.id}/process/next`);
      expect(second.status).toBe(409);
      expect(second.body.title).toBe('Lock is already held');
      release();
      expect((await first).status).toBe(200);
      expect(taskEnds).toBe(1);
      const process = await locking.request<AppProcessState>('GET', `instances/${instance.id}/process`);
      expect(process.body.currentTask?.elementId).toBe('Task_2');
    } finally {
      release();
      await locking.close();
    }
  });

  it('makes a save that arrives during process/next wait, then refuses it because the task was left', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const holding = await PreviewHarness.start({
      processor: {
        async onTaskEnd() {
          entered();
          await held;
        },
      },
    });
    try {
      const instance = await holding.createInstance();
      const element = PreviewHarness.element(instance);
      const url = `instances/${instance.id}/data/${element.id}`;
      await holding.request('PATCH', url, { body: { patch: [{ op: 'add', path: '/name', value: 'Kari' }] } });
      const next = holding.request('PUT', `instances/${instance.id}/process/next`);
      await inside;
      const save = holding.request('PATCH', url, {
        body: { patch: [{ op: 'replace', path: '/name', value: 'Late' }] },
      });
      release();
      expect((await next).status).toBe(200);
      expect((await save).status).toBe(409);
      const process = await holding.request<AppProcessState>('GET', `instances/${instance.id}/process`);
      expect(process.body.currentTask?.elementId).toBe('Task_2');
      expect((await holding.request<{ name: string }>('GET', url)).body.name).toBe('Kari');
    } finally {
      release();
      await holding.close();
    }
  });

  it('performs a process action the task declares (confirm) and answers with the instance', async () => {
    const instance = await harness.createInstance();
    const element = PreviewHarness.element(instance);
    await harness.request('PATCH', `instances/${instance.id}/data/${element.id}`, {
      body: { patch: [{ op: 'add', path: '/name', value: 'Kari' }] },
    });
    await harness.request('PUT', `instances/${instance.id}/process/next`);
    const response = await harness.request<{ instance: { id: string }; error: unknown }>(
      'POST',
      `instances/${instance.id}/actions`,
      {
        body: { action: 'confirm' },
      },
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ instance: { id: instance.id }, error: null });
  });

  it('answers a task action the process does not declare with 404 ActionNotFound', async () => {
    const instance = await harness.createInstance();
    const response = await harness.request<{ error: { code: string } }>('POST', `instances/${instance.id}/actions`, {
      body: { action: 'launchRocket' },
    });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('ActionNotFound');
  });
});

describe('preview server: the bundled example app end to end', () => {
  it('fills, submits, confirms and archives an event permit', async () => {
    const harness = await PreviewHarness.start({ appDir: EXAMPLE_APP });
    try {
      const instance = await harness.createInstance();
      const element = PreviewHarness.element(instance);
      const blocked = await harness.request<{ validationIssues: ValidationIssueWithSource[] }>(
        'PUT',
        `instances/${instance.id}/process/next`,
      );
      expect(blocked.status).toBe(409);
      expect(blocked.body.validationIssues.length).toBeGreaterThan(1);
      const fields = blocked.body.validationIssues.map((issue) => issue.field);
      expect(fields).toContain('applicant.name');

      const answer = {
        applicant: { type: 'person', name: 'Kari Nordmann', email: 'kari@example.no', phone: '98765432' },
        event: {
          name: 'Bryggejazz',
          category: 'concert',
          date: '01.06.2027',
          attendees: 300,
          services: 'foodSale',
          description: 'Jazz',
        },
        conditions: { accepted: 'true' },
      };
      const patch = await harness.request('PATCH', `instances/${instance.id}/data/${element.id}`, {
        body: { patch: [{ op: 'replace', path: '', value: answer }] },
      });
      expect(patch.status).toBe(200);
      const validate = await harness.request<ValidationIssueWithSource[]>('GET', `instances/${instance.id}/validate`);
      expect(validate.body.filter((issue) => issue.severity === 1)).toEqual([]);
      expect((await harness.request('PUT', `instances/${instance.id}/process/next`)).status).toBe(200);
      const end = await harness.request<AppProcessState>('PUT', `instances/${instance.id}/process/next`, {
        body: { action: 'confirm' },
      });
      expect(end.body.ended).toBeTruthy();
      const read = await harness.request<InstanceResponse>('GET', `instances/${instance.id}`);
      expect(read.body.status?.isArchived).toBe(true);
    } finally {
      await harness.close();
    }
  });
});

describe('preview server: a legacy app without layout sets (App/ui/layouts)', () => {
  it('validates every data task against the single layout', async () => {
    const appDir = mkdtempSync(join(tmpdir(), 'skjema-preview-legacy-'));
    cpSync(FIXTURE_APP, appDir, { recursive: true });
    rmSync(join(appDir, 'App/ui/layout-sets.json'));
    renameSync(join(appDir, 'App/ui/form/layouts'), join(appDir, 'App/ui/layouts'));
    renameSync(join(appDir, 'App/ui/form/Settings.json'), join(appDir, 'App/ui/Settings.json'));
    const harness = await PreviewHarness.start({ appDir });
    try {
      const instance = await harness.createInstance();
      const next = await harness.request<{ validationIssues: ValidationIssueWithSource[] }>(
        'PUT',
        `instances/${instance.id}/process/next`,
      );
      expect(next.status).toBe(409);
      expect(next.body.validationIssues).toEqual([expect.objectContaining({ field: 'name', source: 'Required' })]);
    } finally {
      await harness.close();
      rmSync(appDir, { recursive: true, force: true });
    }
  });
});
