import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PreviewHarness } from './support/previewHarness.ts';
import { editJson, SERVICE_APP, serviceVariant, ServiceSteps } from './support/serviceFixture.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function withApp(metadata: Record<string, unknown>, test: (harness: PreviewHarness) => Promise<void>) {
  const appDir = serviceVariant('delete', (dir) =>
    editJson<Record<string, unknown>>(dir, 'App/config/applicationmetadata.json', (value) =>
      Object.assign(value, metadata),
    ),
  );
  dirs.push(appDir);
  const harness = await PreviewHarness.start({ appDir });
  try {
    await test(harness);
  } finally {
    await harness.close();
  }
}

/** Moves the archive date of an instance back, as if it had been submitted `days` ago. */
function archivedDaysAgo(harness: PreviewHarness, instanceId: string, days: number): void {
  const db = new Database(join(harness.dataDir, 'preview.sqlite'));
  try {
    const row = db.prepare('SELECT json FROM instances WHERE id = ?').get(instanceId) as { json: string };
    const instance = JSON.parse(row.json) as { status: { archived: string } };
    instance.status.archived = new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();
    db.prepare('UPDATE instances SET json = ? WHERE id = ?').run(JSON.stringify(instance), instanceId);
  } finally {
    db.close();
  }
}

describe('preview server: automatic deletion at the end of the process', () => {
  it('deletes the elements of data types with autoDeleteOnProcessEnd and keeps the rest', async () => {
    const harness = await PreviewHarness.start({ appDir: SERVICE_APP });
    try {
      const steps = new ServiceSteps(harness);
      const instance = await harness.createInstance();
      const draft = await steps.upload(instance, 'draft-files', 'utkast.pdf', 'utkast');
      const kept = await steps.upload(instance, 'attachments', 'vedlegg.pdf', 'vedlegg');
      await steps.submit(instance);
      const read = await steps.read(instance.id);
      expect(read.body.status?.isArchived).toBe(true);
      const ids = read.body.data.map((element) => element.id);
      expect(ids).toContain(kept);
      expect(ids).not.toContain(draft);
      expect((await harness.request('GET', `instances/${instance.id}/data/${draft}`)).status).toBe(404);
      await harness.closeKeepingContract();
    } catch (error) {
      await harness.close();
      throw error;
    }
  });

  it('hard-deletes the whole instance after the end when the app sets autoDeleteOnProcessEnd', async () => {
    await withApp({ autoDeleteOnProcessEnd: true }, async (harness) => {
      const steps = new ServiceSteps(harness);
      const instance = await harness.createInstance();
      const moved = await harness.request<{ ended?: string }>('PUT', `instances/${instance.id}/process/next`);
      expect(moved.status).toBe(200);
      expect(moved.body.ended).toBeTruthy();
      expect((await steps.read(instance.id)).status).toBe(404);
      expect((await harness.request('GET', `instances/${instance.id}/process/history`)).status).toBe(404);
      // Systems that follow the app hear of the deletion, right after the completion.
      const orgToken = await (
        await fetch(`${harness.server.url}/Home/GetTestOrgToken/${harness.server.app().org}`)
      ).text();
      const { org, app } = harness.server.app();
      const events = await harness.request<{ type: string; resourceinstance: string }[]>(
        'GET',
        `/events/api/v1/app/${org}/${app}?size=100`,
        { token: orgToken },
      );
      expect(events.status).toBe(200);
      expect(
        events.body
          .filter((event) => event.resourceinstance === instance.id)
          .map((event) => event.type)
          .slice(-2),
      ).toEqual(['app.instance.process.completed', 'app.instance.deleted']);
    });
  });

  it('refuses deletes until preventInstanceDeletionForDays have passed since archiving, which also holds back automatic deletion', async () => {
    await withApp({ autoDeleteOnProcessEnd: true, preventInstanceDeletionForDays: 30 }, async (harness) => {
      const steps = new ServiceSteps(harness);
      const draft = await harness.createInstance();
      // Not archived: nothing holds it back.
      expect((await harness.request('DELETE', `instances/${draft.id}`)).status).toBe(200);

      const instance = await harness.createInstance();
      await steps.submit(instance);
      expect((await steps.read(instance.id)).body.status?.isArchived).toBe(true);
      const refused = await harness.request<{ detail: string }>('DELETE', `instances/${instance.id}?hard=true`);
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toContain('Instance cannot be deleted yet');
      expect((await harness.request('DELETE', `instances/${instance.id}`)).status).toBe(403);

      archivedDaysAgo(harness, instance.id, 31);
      expect((await harness.request('DELETE', `instances/${instance.id}?hard=true`)).status).toBe(200);
      expect((await steps.read(instance.id)).status).toBe(404);
    });
  });
});
