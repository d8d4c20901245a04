import type Database from 'better-sqlite3';
import type { DataElement } from '../../wire/dataElement.ts';
import type { Instance } from '../../wire/instance.ts';
import type { ProcessEvent } from '../process/types.ts';
import { SearchIndex, type AppDescriber } from '../inbox/searchIndex.ts';
import { openDatabase } from './database.ts';
import type { InstanceCommit, InstanceCommitListener } from './instanceCommit.ts';

/** An instance as stored: everything but `data`, which is assembled from the data element rows. */
export type StoredInstance = Pick<Instance, Exclude<KnownKeys<Instance>, 'data'>>;

/** The declared keys of a type with an index signature (`Omit` would keep only the index signature). */
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : K]: T[K] };

interface ElementRow {
  json: string;
}

/**
 * The preview server's storage: instances, data elements (metadata and content) and process
 * events in one SQLite file. Every method is synchronous (better-sqlite3), so a request's writes
 * go in one `transaction` and either all land or none do.
 */
export class PreviewStore {
  private readonly db: Database.Database;
  private readonly commitListeners: InstanceCommitListener[] = [];
  /** The inbox's listing and free-text index, kept current by `WorkingCopy.commit`. */
  readonly searchIndex: SearchIndex;

  /** `describeApp` tells the inbox index which data types of an app are form data, and its title. */
  constructor(dataDir: string, options: { describeApp?: AppDescriber } = {}) {
    this.db = openDatabase(dataDir);
    this.searchIndex = new SearchIndex(this.db, options.describeApp);
    this.searchIndex.backfill();
  }

  /** `listener` runs inside the transaction of every instance write; a listener that throws undoes the write. */
  onInstanceCommit(listener: InstanceCommitListener): void {
    this.commitListeners.push(listener);
  }

  /** Tells the listeners of a write; call it inside the write's transaction. */
  instanceCommitted(commit: InstanceCommit): void {
    for (const listener of this.commitListeners) listener(commit);
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  close(): void {
    this.db.close();
  }

  /** The connection, for modules with tables of their own (delegations, events, analytics) whose writes must join this store's transactions. */
  database(): Database.Database {
    return this.db;
  }

  insertInstance(instance: StoredInstance): void {
    this.db
      .prepare('INSERT INTO instances (id, party_id, json) VALUES (?, ?, ?)')
      .run(instance.id, Number(instance.instanceOwner.partyId), JSON.stringify(instance));
  }

  updateInstance(instance: StoredInstance): void {
    const result = this.db
      .prepare('UPDATE instances SET json = ? WHERE id = ?')
      .run(JSON.stringify(instance), instance.id);
    if (result.changes !== 1) throw new Error(`Instance ${instance.id} is not stored.`);
  }

  getInstance(id: string): StoredInstance | undefined {
    const row = this.db.prepare('SELECT json FROM instances WHERE id = ?').get(id) as ElementRow | undefined;
    return row ? (JSON.parse(row.json) as StoredInstance) : undefined;
  }

  /** The instance with its data elements, as the API returns it. */
  getFullInstance(id: string): Instance | undefined {
    const instance = this.getInstance(id);
    return instance ? { ...instance, data: this.listDataElements(id) } : undefined;
  }

  listInstancesOfParty(partyId: number): StoredInstance[] {
    const rows = this.db.prepare('SELECT json FROM instances WHERE party_id = ? ORDER BY rowid').all(partyId);
    return (rows as ElementRow[]).map((row) => JSON.parse(row.json) as StoredInstance);
  }

  deleteInstance(id: string): void {
    this.db.prepare('DELETE FROM instances WHERE id = ?').run(id);
  }

  insertDataElement(instanceId: string, element: DataElement, content: Buffer): void {
    const next = this.db
      .prepare('SELECT COALESCE(MAX(position), -1) + 1 AS position FROM data_elements WHERE instance_id = ?')
      .get(instanceId) as { position: number };
    this.db
      .prepare('INSERT INTO data_elements (id, instance_id, position, json, content) VALUES (?, ?, ?, ?, ?)')
      .run(element.id, instanceId, next.position, JSON.stringify(element), content);
  }

  /** Replaces an element's metadata, and its content when given. */
  updateDataElement(element: DataElement, content?: Buffer): void {
    const result =
      content === undefined
        ? this.db.prepare('UPDATE data_elements SET json = ? WHERE id = ?').run(JSON.stringify(element), element.id)
        : this.db
            .prepare('UPDATE data_elements SET json = ?, content = ? WHERE id = ?')
            .run(JSON.stringify(element), content, element.id);
    if (result.changes !== 1) throw new Error(`Data element ${element.id} is not stored.`);
  }

  getDataElement(instanceId: string, id: string): DataElement | undefined {
    const row = this.db
      .prepare('SELECT json FROM data_elements WHERE id = ? AND instance_id = ?')
      .get(id, instanceId) as ElementRow | undefined;
    return row ? (JSON.parse(row.json) as DataElement) : undefined;
  }

  getContent(id: string): Buffer | undefined {
    const row = this.db.prepare('SELECT content FROM data_elements WHERE id = ?').get(id) as
      { content: Buffer } | undefined;
    return row?.content;
  }

  listDataElements(instanceId: string): DataElement[] {
    const rows = this.db
      .prepare('SELECT json FROM data_elements WHERE instance_id = ? ORDER BY position')
      .all(instanceId) as ElementRow[];
    return rows.map((row) => JSON.parse(row.json) as DataElement);
  }

  /** Data elements whose virus scan has not finished, oldest first (to resume scanning at start). */
  listPendingFileScans(): { instanceId: string; id: string }[] {
    return this.db
      .prepare(
        "SELECT instance_id AS instanceId, id FROM data_elements WHERE json_extract(json, '$.fileScanResult') = 'Pending' ORDER BY rowid",
      )
      .all() as { instanceId: string; id: string }[];
  }

  deleteDataElement(id: string): void {
    this.db.prepare('DELETE FROM data_elements WHERE id = ?').run(id);
  }

  addProcessEvents(instanceId: string, events: readonly ProcessEvent[]): void {
    const insert = this.db.prepare('INSERT INTO process_events (instance_id, json) VALUES (?, ?)');
    for (const event of events) insert.run(instanceId, JSON.stringify(event));
  }

  listProcessEvents(instanceId: string): ProcessEvent[] {
    const rows = this.db
      .prepare('SELECT json FROM process_events WHERE instance_id = ? ORDER BY seq')
      .all(instanceId) as ElementRow[];
    return rows.map((row) => JSON.parse(row.json) as ProcessEvent);
  }
}
