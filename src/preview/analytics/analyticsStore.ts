import type Database from 'better-sqlite3';
import type { FormAnalyticsEvent } from '../../core/index.ts';

/** The newest this many events are kept; older ones are dropped as new ones arrive, so the table cannot grow without end. */
export const MAX_STORED_EVENTS = 50_000;

export interface PageTime {
  readonly taskId: string | null;
  readonly page: string;
  readonly views: number;
  /** Mean of the `timeOnPage` events, rounded; null before anyone left the page. */
  readonly averageMs: number | null;
}

export interface MetMessage {
  readonly textKey: string;
  readonly componentId: string;
  readonly severity: string;
  /** How many times a user was shown it. */
  readonly times: number;
}

export interface BrowserSaves {
  readonly count: number;
  readonly failed: number;
  readonly averageMs: number | null;
}

/** The preview page's analytics events in SQLite (`analytics_events`), and what the statistics page reads of them. */
export class AnalyticsStore {
  /** `appId` (`org/app`): the app whose events this store adds and reads, when one database serves several. */
  constructor(
    private readonly db: Database.Database,
    private readonly appId: () => string,
    private readonly limit = MAX_STORED_EVENTS,
  ) {}

  add(events: readonly FormAnalyticsEvent[], received: string): void {
    const insert = this.db.prepare(
      'INSERT INTO analytics_events (app_id, received, type, task_id, page, duration_ms, json) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertMessage = this.db.prepare(
      'INSERT INTO analytics_messages (event_seq, text_key, component_id, severity) VALUES (?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      for (const event of events) {
        const { lastInsertRowid } = insert.run(
          this.appId(),
          received,
          event.type,
          event.taskId ?? null,
          'page' in event ? event.page : null,
          'durationMs' in event ? event.durationMs : null,
          JSON.stringify(event),
        );
        // One row per message shown, so the messages met most are counted from an index, not by reading JSON.
        if (event.type === 'validationShown')
          for (const message of event.messages)
            insertMessage.run(lastInsertRowid, message.textKey, message.componentId, message.severity);
      }
      this.db
        .prepare('DELETE FROM analytics_events WHERE seq <= (SELECT MAX(seq) FROM analytics_events) - ?')
        .run(this.limit);
    })();
  }

  count(): number {
    return (
      this.db.prepare('SELECT COUNT(*) AS n FROM analytics_events WHERE app_id = ?').get(this.appId()) as { n: number }
    ).n;
  }

  /** Each page seen, with its views and the average time users spent on it, in the order first seen. */
  pageTimes(): PageTime[] {
    return this.db
      .prepare(
        `SELECT task_id AS taskId, page,
                SUM(type = 'pageViewed') AS views,
                CAST(ROUND(AVG(CASE WHEN type = 'timeOnPage' THEN duration_ms END)) AS INTEGER) AS averageMs
           FROM analytics_events
          WHERE app_id = ? AND type IN ('pageViewed', 'timeOnPage')
          GROUP BY task_id, page
          ORDER BY MIN(seq)`,
      )
      .all(this.appId()) as PageTime[];
  }

  /** The validation messages users were shown most often. */
  metMessages(limit = 10): MetMessage[] {
    return this.db
      .prepare(
        `SELECT text_key AS textKey, component_id AS componentId, severity, COUNT(*) AS times
           FROM analytics_messages JOIN analytics_events ON seq = event_seq
          WHERE app_id = ?
          GROUP BY text_key, component_id, severity
          ORDER BY times DESC, textKey
          LIMIT ?`,
      )
      .all(this.appId(), limit) as MetMessage[];
  }

  browserSaves(): BrowserSaves {
    const row = this.db
      .prepare(
        `SELECT COUNT(*) AS count,
                COALESCE(SUM(json_extract(json, '$.ok') = 0), 0) AS failed,
                CAST(ROUND(AVG(duration_ms)) AS INTEGER) AS averageMs
           FROM analytics_events WHERE app_id = ? AND type = 'saveCompleted'`,
      )
      .get(this.appId()) as BrowserSaves;
    return row;
  }

  countOf(type: FormAnalyticsEvent['type']): number {
    return (
      this.db
        .prepare('SELECT COUNT(*) AS n FROM analytics_events WHERE app_id = ? AND type = ?')
        .get(this.appId(), type) as {
        n: number;
      }
    ).n;
  }
}
