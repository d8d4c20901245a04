import type Database from 'better-sqlite3';
import { builtinTexts } from '../../core/index.ts';
import type { PreviewApp } from '../app/previewApp.ts';
import type { AnalyticsStore, BrowserSaves, MetMessage, PageTime } from './analyticsStore.ts';

export interface TaskCount {
  /** null: instances whose process has ended (or never started). */
  readonly taskId: string | null;
  /** The task's name in process.bpmn, when it has one. */
  readonly name: string | null;
  readonly count: number;
}

/** What the preview's statistics page shows (`GET /{org}/{app}/skjema/statistics`). */
export interface PreviewStatistics {
  readonly language: string;
  /** Instances not deleted, by the task they are in now. */
  readonly instancesPerTask: readonly TaskCount[];
  readonly pages: readonly (PageTime & {
    /** The task's name in process.bpmn, and the page's title text (the page id when it has none). */
    readonly taskName: string | null;
    readonly pageName: string;
  })[];
  /**
   * The messages users met most, with the text in `language` (`{0}`-style places shown as "…")
   * and the title of the component that showed it (its id when it has none).
   */
  readonly validationMessages: readonly (MetMessage & { readonly text: string; readonly field: string })[];
  readonly saves: {
    /** Saves the server stored and refused as conflicts (409) since it started. */
    readonly saved: number;
    readonly conflicts: number;
    /** What the browsers measured: saves, failed ones, average latency. */
    readonly browser: BrowserSaves;
  };
  readonly submitted: number;
  readonly abandoned: number;
}

export interface StatisticsSources {
  readonly db: Database.Database;
  readonly analytics: AnalyticsStore;
  readonly app: PreviewApp;
  readonly saves: { saved: number; conflicts: number };
}

export function previewStatistics(sources: StatisticsSources, language: string): PreviewStatistics {
  const { analytics, app } = sources;
  return {
    language,
    instancesPerTask: instancesPerTask(sources.db, app),
    pages: analytics.pageTimes().map((page) => ({
      ...page,
      taskName: page.taskId === null ? null : taskName(app, page.taskId),
      pageName: textOf(app, page.page, language),
    })),
    validationMessages: analytics.metMessages().map((message) => ({
      ...message,
      text: textOf(app, message.textKey, language),
      field: componentTitle(app, message.componentId, language) ?? message.componentId,
    })),
    saves: { ...sources.saves, browser: analytics.browserSaves() },
    submitted: analytics.countOf('submitted'),
    abandoned: analytics.countOf('abandoned'),
  };
}

function instancesPerTask(db: Database.Database, app: PreviewApp): TaskCount[] {
  const rows = db
    .prepare(
      `SELECT json_extract(json, '$.process.currentTask.elementId') AS taskId, COUNT(*) AS count
         FROM instances
        WHERE json_extract(json, '$.appId') = ? AND COALESCE(json_extract(json, '$.status.isSoftDeleted'), 0) = 0
        GROUP BY taskId`,
    )
    .all(`${app.org}/${app.app}`) as { taskId: string | null; count: number }[];
  const order = [...(app.process?.definition?.elements.keys() ?? [])];
  const position = (taskId: string | null) => (taskId === null ? Infinity : order.indexOf(taskId));
  return rows
    .sort((a, b) => position(a.taskId) - position(b.taskId))
    .map(({ taskId, count }) => ({ taskId, name: taskId === null ? null : taskName(app, taskId), count }));
}

function taskName(app: PreviewApp, taskId: string): string | null {
  const element = app.process?.definition?.elements.get(taskId);
  return element && 'name' in element && typeof element.name === 'string' ? element.name : null;
}

/** The title text of the first component with this id in the app's layouts. */
function componentTitle(app: PreviewApp, componentId: string, language: string): string | undefined {
  for (const layoutSet of app.layoutSets.values()) {
    for (const layout of Object.values(layoutSet.layouts)) {
      const component = layout.data.layout.find((candidate) => candidate.id === componentId);
      const bindings = component?.textResourceBindings as { title?: unknown } | undefined;
      if (typeof bindings?.title === 'string') return textOf(app, bindings.title, language);
    }
  }
  return undefined;
}

/** The app's text for the key in the language, else the built-in one, else the key itself. */
function textOf(app: PreviewApp, key: string, language: string): string {
  for (const layoutSet of app.layoutSets.values()) {
    const found = layoutSet.texts[language]?.find((resource) => resource.id === key);
    if (found) return placeholders(found.value);
  }
  const builtin = (builtinTexts as Readonly<Record<string, Readonly<Record<string, string>>>>)[language];
  const text = builtin?.[key];
  return text === undefined ? key : placeholders(text);
}

/** The values that filled `{0}` are not kept (they may be the user's), so their places show as "…". */
function placeholders(text: string): string {
  return text.replace(/\{\d+\}/g, '…');
}
