import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Party } from '../../src/wire/party.ts';
import { CORPUS_DIR, PreviewHarness } from './support/previewHarness.ts';

const apps = existsSync(CORPUS_DIR)
  ? readdirSync(CORPUS_DIR).filter((name) => existsSync(join(CORPUS_DIR, name, 'App/config/process/process.bpmn')))
  : [];

/** Apps whose first task has no form data to auto-create, and why; any other app must have some. */
const WITHOUT_FIRST_TASK_DATA: Record<string, string> = {
  'designer-app-with-summary2-components':
    'the corpus copy has no App/config/applicationmetadata.json, so it declares no data types',
};

describe.runIf(apps.length > 0)('preview server: every corpus app with a process', () => {
  it.each(apps)('%s starts, creates an instance, and auto-creates the first task’s form data', async (name) => {
    const harness = await PreviewHarness.start({ appDir: join(CORPUS_DIR, name) });
    try {
      const parties = await harness.request<Party[]>('GET', 'api/v1/parties?allowedToInstantiateFilter=true');
      const party = parties.body
        .flatMap((candidate) => [candidate, ...(candidate.childParties ?? [])])
        .find((candidate) => !candidate.onlyHierarchyElementWithNoAccess);
      expect(party, 'a test party allowed to instantiate').toBeDefined();
      const instance = await harness.createInstance(party!.partyId);
      const firstTask = instance.process?.currentTask?.elementId;
      expect(firstTask).toBeTruthy();
      const expected = harness.server
        .app()
        .dataTypes.filter((type) => type.autoCreate && type.isFormData && type.taskId === firstTask)
        .map((type) => type.id);
      if (WITHOUT_FIRST_TASK_DATA[name]) expect(expected).toEqual([]);
      else expect(expected.length, `${name}: data types auto-created in ${firstTask}`).toBeGreaterThan(0);
      expect(instance.data.map((element) => element.dataType).sort()).toEqual(expect.arrayContaining(expected));
      for (const element of instance.data.filter((candidate) => expected.includes(candidate.dataType))) {
        const data = await harness.request('GET', `instances/${instance.id}/data/${element.id}?includeRowId=true`);
        expect(data.status).toBe(200);
        expect(typeof data.body).toBe('object');
      }
      expect(harness.contractErrors()).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});

describe.runIf(apps.includes('frontend-test-v9'))('preview server: a v9 app', () => {
  it('serves one layout set per UI folder, with the folder as its task, and the folder’s pages', async () => {
    const harness = await PreviewHarness.start({ appDir: join(CORPUS_DIR, 'frontend-test-v9') });
    try {
      const sets = await harness.request<{ sets: { id: string; dataType: string | null; tasks: string[] }[] }>(
        'GET',
        'api/layoutsets',
        { token: null },
      );
      expect(sets.body.sets).toContainEqual(expect.objectContaining({ id: 'Task_1', tasks: ['Task_1'] }));
      const layouts = await harness.request<Record<string, unknown>>('GET', 'api/layouts/Task_1', { token: null });
      expect(Object.keys(layouts.body).length).toBeGreaterThan(0);
      const settings = await harness.request<{ pages?: unknown }>('GET', 'api/layoutsettings/Task_1', { token: null });
      expect(settings.status).toBe(200);
      expect(harness.contractErrors()).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});
