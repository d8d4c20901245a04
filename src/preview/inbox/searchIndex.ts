import type Database from 'better-sqlite3';
import type { DataElement } from '../../wire/dataElement.ts';
import type { StoredInstance } from '../storage/store.ts';
import { formDataText } from './formDataText.ts';

/** What the index needs to know of an app to index its instances. */
export interface IndexedApp {
  /** The app's title in every language it has, as one text (every instance of the app is found by it). */
  readonly title: string;
  /** Data types that hold form data (`appLogic.classRef`); other elements are files and are not read. */
  readonly formDataTypes: ReadonlySet<string>;
}

/** The app of an `appId` (`org/app`), or undefined when the server does not serve it. */
export type AppDescriber = (appId: string) => IndexedApp | undefined;

/** Which instances of a party a listing wants. */
export type InboxView = 'all' | 'active' | 'archived' | 'deleted';

export interface InboxQuery {
  readonly appId: string;
  readonly partyId: number;
  readonly view: InboxView;
  /** Process locations (`task:Task_1`, `end:EndEvent_1`, `none`) to include; the others are left out. */
  readonly locations: readonly string[];
  /** An FTS5 expression made by `ftsQuery`, never user text. */
  readonly match?: string;
  readonly offset: number;
  readonly limit: number;
}

export interface InboxHit {
  readonly instanceId: string;
  /**
   * A piece of the form data's text around the best hit in it, the hits between `SNIPPET_START` and
   * `SNIPPET_END` (none when only the title matched); null without a search.
   */
  readonly snippet: string | null;
}

/** Marks around a hit in a snippet: control characters no indexed text can contain (they are removed from it). */
export const SNIPPET_START = '\u0002';
export const SNIPPET_END = '\u0003';

/** The texts of one instance kept in the index are cut here, so one huge form cannot bloat it. */
const MAX_INDEXED_TEXT = 200_000;

const VIEW_CONDITIONS: Record<InboxView, string> = {
  all: 'e.soft_deleted = 0',
  active: 'e.soft_deleted = 0 AND e.archived = 0',
  archived: 'e.soft_deleted = 0 AND e.archived = 1',
  deleted: 'e.soft_deleted = 1',
};

/** Where an instance is in its process, as the index stores it (for the policy's task rules and `hideOnTask`). */
export function processLocation(instance: Pick<StoredInstance, 'process'>): string {
  const process = instance.process;
  if (process?.currentTask?.elementId) return `task:${process.currentTask.elementId}`;
  if (process?.endEvent) return `end:${process.endEvent}`;
  return 'none';
}

/** The most recent change of the instance or any of its data elements (storage's `FindLastChanged`). */
export function lastChangedOf(instance: StoredInstance, elements: readonly DataElement[]): string {
  let latest = instance.lastChanged ?? instance.created ?? '';
  for (const element of elements) if ((element.lastChanged ?? '') > latest) latest = element.lastChanged ?? '';
  return latest;
}

/**
 * The inbox's index over the preview database: a row per instance with what listing filters and
 * sorts on, and an FTS5 row with its title (the app's title and the instance's presentation texts)
 * and the text of its form data. `WorkingCopy.commit` updates it in the transaction that writes the
 * instance, so a search never sees a state storage does not have.
 */
export class SearchIndex {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly describeApp: AppDescriber = () => undefined,
  ) {}

  /** Statements are prepared once: every save and every inbox request runs the same few. */
  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Writes (or rewrites) the instance's rows; `content` reads an element's bytes. */
  update(instance: StoredInstance, elements: readonly DataElement[], content: (id: string) => Buffer): void {
    const app = this.describeApp(instance.appId);
    const isFormData = (element: DataElement) =>
      app ? app.formDataTypes.has(element.dataType) : looksLikeFormData(content(element.id));
    const title = clean(
      [app?.title ?? '', ...Object.values(instance.presentationTexts ?? {}).filter((text) => text)].join(' \n'),
    );
    const texts: string[] = [];
    for (const element of elements) {
      if (!isFormData(element)) continue;
      try {
        texts.push(formDataText(JSON.parse(content(element.id).toString('utf8')) as unknown));
      } catch {
        // Form data that is not JSON (never written by the preview) has no text to find.
      }
    }
    const status = instance.status;
    const row = {
      instance_id: instance.id,
      app_id: instance.appId,
      party_id: Number(instance.instanceOwner.partyId),
      last_changed: lastChangedOf(instance, elements),
      location: processLocation(instance),
      archived: status?.isArchived ? 1 : 0,
      soft_deleted: status?.isSoftDeleted ? 1 : 0,
      hard_deleted: status?.isHardDeleted ? 1 : 0,
    };
    const existing = this.statement('SELECT id FROM inbox_entries WHERE instance_id = ?').get(instance.id) as
      { id: number } | undefined;
    let rowid: number;
    if (existing) {
      rowid = existing.id;
      this.statement(
        `UPDATE inbox_entries SET app_id = @app_id, party_id = @party_id, last_changed = @last_changed,
             location = @location, archived = @archived, soft_deleted = @soft_deleted, hard_deleted = @hard_deleted
           WHERE id = @id`,
      ).run({ ...row, id: rowid });
      this.statement('DELETE FROM inbox_search WHERE rowid = ?').run(rowid);
    } else {
      rowid = Number(
        this.statement(
          `INSERT INTO inbox_entries (instance_id, app_id, party_id, last_changed, location, archived, soft_deleted, hard_deleted)
             VALUES (@instance_id, @app_id, @party_id, @last_changed, @location, @archived, @soft_deleted, @hard_deleted)`,
        ).run(row).lastInsertRowid,
      );
    }
    this.statement('INSERT INTO inbox_search (rowid, title, content) VALUES (?, ?, ?)').run(
      rowid,
      title,
      clean(texts.join(' \n')),
    );
  }

  /**
   * Indexes the instances that have no index rows yet: those of a data folder written before the
   * inbox existed. One transaction; returns how many it indexed.
   */
  backfill(): number {
    const missing = this.db
      .prepare('SELECT id, json FROM instances WHERE id NOT IN (SELECT instance_id FROM inbox_entries)')
      .all() as { id: string; json: string }[];
    if (missing.length === 0) return 0;
    const elementsOf = this.statement(
      'SELECT id, json, content FROM data_elements WHERE instance_id = ? ORDER BY position',
    );
    this.db.transaction(() => {
      for (const row of missing) {
        const rows = elementsOf.all(row.id) as { id: string; json: string; content: Buffer }[];
        const contents = new Map(rows.map((element) => [element.id, element.content]));
        this.update(
          JSON.parse(row.json) as StoredInstance,
          rows.map((element) => JSON.parse(element.json) as DataElement),
          (id) => contents.get(id) ?? Buffer.alloc(0),
        );
      }
    })();
    return missing.length;
  }

  /** The process locations a party's instances of the app are at, so the caller can authorise each once. */
  locations(appId: string, partyId: number): string[] {
    const rows = this.statement(
      'SELECT DISTINCT location FROM inbox_entries WHERE app_id = ? AND party_id = ? AND hard_deleted = 0',
    ).all(appId, partyId) as { location: string }[];
    return rows.map((row) => row.location);
  }

  /**
   * A page of the party's instances: newest change first, or with a search the best match first
   * (a hit in the title weighs ten times one in the data), then the newest. Also the total.
   */
  search(query: InboxQuery): { total: number; hits: InboxHit[] } {
    const where = `e.app_id = @appId AND e.party_id = @partyId AND e.hard_deleted = 0 AND ${VIEW_CONDITIONS[query.view]}
      AND e.location IN (SELECT value FROM json_each(@locations))`;
    const params = { appId: query.appId, partyId: query.partyId, locations: JSON.stringify(query.locations) };
    if (query.match === undefined) {
      const total = this.statement(`SELECT count(*) AS n FROM inbox_entries e WHERE ${where}`).get(params) as {
        n: number;
      };
      const rows = this.statement(
        `SELECT e.instance_id FROM inbox_entries e WHERE ${where}
           ORDER BY e.last_changed DESC, e.id DESC LIMIT @limit OFFSET @offset`,
      ).all({ ...params, limit: query.limit, offset: query.offset }) as { instance_id: string }[];
      return { total: total.n, hits: rows.map((row) => ({ instanceId: row.instance_id, snippet: null })) };
    }
    const from = `inbox_search s JOIN inbox_entries e ON e.id = s.rowid WHERE inbox_search MATCH @match AND ${where}`;
    const total = this.statement(`SELECT count(*) AS n FROM ${from}`).get({ ...params, match: query.match }) as {
      n: number;
    };
    const rows = this.statement(
      `SELECT e.instance_id, snippet(inbox_search, 1, '${SNIPPET_START}', '${SNIPPET_END}', '…', 12) AS snippet
         FROM ${from} ORDER BY bm25(inbox_search, 10.0, 1.0), e.last_changed DESC, e.id DESC LIMIT @limit OFFSET @offset`,
    ).all({ ...params, match: query.match, limit: query.limit, offset: query.offset }) as {
      instance_id: string;
      snippet: string;
    }[];
    return { total: total.n, hits: rows.map((row) => ({ instanceId: row.instance_id, snippet: row.snippet })) };
  }
}

/** Without the app's data types, JSON objects are taken for form data (attachments rarely are). */
function looksLikeFormData(content: Buffer): boolean {
  return content.length > 0 && content[0] === 0x7b;
}

function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- the snippet marks must not occur in indexed text
  return text.replace(/[\u0000-\u0008\u000b-\u001f]/g, ' ').slice(0, MAX_INDEXED_TEXT);
}
