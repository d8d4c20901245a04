import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormAnalyticsEvent } from '../../src/core/index.ts';
import { AnalyticsStore } from '../../src/preview/analytics/analyticsStore.ts';
import type { PreviewStatistics } from '../../src/preview/analytics/statistics.ts';
import { DATABASE_FILE, openDatabase } from '../../src/preview/storage/database.ts';
import { PreviewHarness } from './support/previewHarness.ts';

const required = { textKey: 'form_filler.error_required', componentId: 'name', severity: 'error', count: 1 } as const;
const custom = { textKey: 'custom.too_long', componentId: 'firstName', severity: 'warning', count: 2 } as const;
const counts = (error: number, warning = 0) => ({ error, warning, info: 0, success: 0 });

const EVENTS: FormAnalyticsEvent[] = [
  { type: 'pageViewed', page: 'page1', taskId: 'Task_1' },
  { type: 'validationShown', page: 'page1', taskId: 'Task_1', messages: [required], counts: counts(1) },
  { type: 'timeOnPage', page: 'page1', taskId: 'Task_1', durationMs: 1000 },
  { type: 'pageViewed', page: 'page1', taskId: 'Task_1' },
  { type: 'validationShown', page: 'page1', taskId: 'Task_1', messages: [required, custom], counts: counts(1, 2) },
  { type: 'saveCompleted', taskId: 'Task_1', durationMs: 40, ok: true, dataTypes: ['model'] },
  { type: 'saveCompleted', taskId: 'Task_1', durationMs: 80, ok: false, dataTypes: ['model'] },
  { type: 'timeOnPage', page: 'page1', taskId: 'Task_1', durationMs: 3000 },
  { type: 'submitted', page: 'page1', taskId: 'Task_1' },
  { type: 'abandoned', page: 'page1', taskId: 'Task_1', unsaved: true },
];

describe('preview server: analytics events and the statistics', () => {
  let harness: PreviewHarness;
  beforeAll(async () => {
    harness = await PreviewHarness.start();
  });
  afterAll(() => harness.close());

  const post = (body: unknown, token?: string | null) =>
    harness.request<{ detail?: string }>('POST', 'skjema/analytics', { body, token });
  const statistics = (language = 'en') =>
    harness.request<PreviewStatistics>('GET', `skjema/statistics?language=${language}`);

  it('stores the events and shows instances per task, time per page, the messages met most, saves and conflicts', async () => {
    const waiting = await harness.createInstance();
    const moved = await harness.createInstance();
    const element = PreviewHarness.element(moved);
    const url = `instances/${moved.id}/data/${element.id}`;
    await harness.request('PATCH', url, { body: { patch: [{ op: 'add', path: '/name', value: 'Kari' }] } });
    const conflict = await harness.request('PATCH', url, {
      body: { patch: [{ op: 'test', path: '/name', value: 'Ola' }] },
    });
    expect(conflict.status).toBe(409);
    expect((await harness.request('PUT', `instances/${moved.id}/process/next`)).status).toBe(200);
    expect(waiting.id).not.toBe(moved.id);

    expect((await post({ events: EVENTS })).status).toBe(204);
    const response = await statistics();
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      language: 'en',
      instancesPerTask: [
        { taskId: 'Task_1', name: 'Utfylling', count: 1 },
        { taskId: 'Task_2', name: 'Bekreftelse', count: 1 },
      ],
      pages: [{ taskId: 'Task_1', taskName: 'Utfylling', page: 'page1', pageName: 'page1', views: 2, averageMs: 2000 }],
      validationMessages: [
        {
          textKey: 'form_filler.error_required',
          componentId: 'name',
          severity: 'error',
          times: 2,
          text: 'You must fill in …',
          field: 'Name',
        },
        {
          textKey: 'custom.too_long',
          componentId: 'firstName',
          severity: 'warning',
          times: 1,
          text: 'custom.too_long',
          field: 'First name',
        },
      ],
      saves: { saved: 1, conflicts: 1, browser: { count: 2, failed: 1, averageMs: 60 } },
      submitted: 1,
      abandoned: 1,
    });
    const norwegian = await statistics('nb');
    expect(norwegian.body.validationMessages[0]).toMatchObject({ text: 'Du må fylle ut …', field: 'Navn' });
  });

  it('refuses a bad event with its place and the field to change, and stores nothing of that request', async () => {
    const before = (await statistics()).body.pages;
    const bad = await post({
      events: [
        { type: 'pageViewed', page: 'page9' },
        { type: 'timeOnPage', page: 'page9', durationMs: -5 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toBe('events[1].durationMs must be milliseconds from 0 to 86400000.');
    expect((await post({ events: [{ type: 'clicked', page: 'page1' }] })).body.detail).toMatch(
      /^events\[0\]\.type must be one of pageViewed, timeOnPage/,
    );
    expect((await post([])).status).toBe(400);
    expect((await statistics()).body.pages).toEqual(before);
  });

  it('keeps only the known fields of an event, so values a page adds are never stored', async () => {
    const sneaky = {
      type: 'pageViewed',
      page: 'page2',
      taskId: 'Task_1',
      typed: 'Kari Hemmelig',
      email: 'kari@example.no',
    };
    expect((await post({ events: [sneaky] })).status).toBe(204);
    const db = new Database(join(harness.dataDir, DATABASE_FILE), { readonly: true });
    try {
      const stored = db.prepare("SELECT json FROM analytics_events WHERE page = 'page2'").all() as { json: string }[];
      expect(stored.map((row) => JSON.parse(row.json) as unknown)).toEqual([
        { type: 'pageViewed', page: 'page2', taskId: 'Task_1' },
      ]);
    } finally {
      db.close();
    }
  });

  it('limits requests: a signed-in user only, at most 100 events, at most 64 KB', async () => {
    expect((await post({ events: [] }, null)).status).toBe(401);
    expect((await harness.request('GET', 'skjema/statistics', { token: null })).status).toBe(401);
    const many = Array.from({ length: 101 }, () => ({ type: 'pageViewed', page: 'p' }));
    const tooMany = await post({ events: many });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.detail).toBe('Send at most 100 events at a time; this body has 101.');
    const huge = await post({ events: [{ type: 'pageViewed', page: 'x'.repeat(70_000) }] });
    expect(huge.status).toBe(413);
  });
});

describe('AnalyticsStore', () => {
  it('keeps the newest events only, up to its limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skjema-analytics-'));
    const db = openDatabase(dir);
    try {
      const store = new AnalyticsStore(db, () => 'skjema/preview-fixture', 5);
      const views = (from: number, to: number): FormAnalyticsEvent[] =>
        Array.from({ length: to - from }, (_, index) => ({ type: 'pageViewed', page: `page${from + index}` }));
      store.add(views(0, 4), '2026-12-07T00:00:00Z');
      store.add(views(4, 8), '2026-12-07T00:00:01Z');
      expect(store.count()).toBe(5);
      expect(store.pageTimes().map((row) => row.page)).toEqual(['page3', 'page4', 'page5', 'page6', 'page7']);

      // The messages of dropped events go with them.
      const shown = (textKey: string): FormAnalyticsEvent => ({
        type: 'validationShown',
        page: 'page1',
        messages: [{ textKey, componentId: 'name', severity: 'error', count: 1 }],
        counts: { error: 1, warning: 0, info: 0, success: 0 },
      });
      store.add([shown('old'), shown('old'), shown('new'), shown('new'), shown('new')], '2026-12-07T00:00:02Z');
      store.add([shown('new'), shown('new')], '2026-12-07T00:00:03Z');
      expect(store.metMessages()).toEqual([{ textKey: 'new', componentId: 'name', severity: 'error', times: 5 }]);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
