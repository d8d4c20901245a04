import type Database from 'better-sqlite3';
import { openSqlite } from './sqlite.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Bumped with a new entry in MIGRATIONS whenever the tables change; old data folders are migrated forward. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE instances (
     id TEXT PRIMARY KEY,
     party_id INTEGER NOT NULL,
     json TEXT NOT NULL
   );
   CREATE INDEX instances_party ON instances (party_id);
   CREATE TABLE data_elements (
     id TEXT PRIMARY KEY,
     instance_id TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     json TEXT NOT NULL,
     content BLOB NOT NULL
   );
   CREATE INDEX data_elements_instance ON data_elements (instance_id, position);
   CREATE TABLE process_events (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     instance_id TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
     json TEXT NOT NULL
   );
   CREATE INDEX process_events_instance ON process_events (instance_id, seq);`,
  // Delegations (docs/preview.md, "Delegation"): instance_id NULL is app-level.
  `CREATE TABLE delegations (
     id TEXT PRIMARY KEY,
     app_id TEXT NOT NULL,
     from_party_id INTEGER NOT NULL,
     to_party_id INTEGER NOT NULL,
     instance_id TEXT REFERENCES instances (id) ON DELETE CASCADE,
     json TEXT NOT NULL
   );
   CREATE INDEX delegations_from ON delegations (app_id, from_party_id, instance_id);
   CREATE INDEX delegations_to ON delegations (app_id, to_party_id, instance_id);
   CREATE INDEX delegations_instance ON delegations (instance_id);`,
  // Events (CloudEvents) as an outbox: written in the transaction of the change they tell of, with
  // one delivery row per matching subscription. No foreign key to instances: a deleted instance's
  // events stay, and so do their deliveries.
  `CREATE TABLE app_events (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     instance_id TEXT NOT NULL,
     party_id INTEGER NOT NULL,
     type TEXT NOT NULL,
     json TEXT NOT NULL
   );
   CREATE TABLE event_subscriptions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     consumer TEXT NOT NULL,
     json TEXT NOT NULL,
     principal TEXT NOT NULL,
     validated INTEGER NOT NULL DEFAULT 0,
     validation_attempts INTEGER NOT NULL DEFAULT 0,
     next_validation INTEGER
   );
   CREATE TABLE event_deliveries (
     subscription_id INTEGER NOT NULL REFERENCES event_subscriptions (id) ON DELETE CASCADE,
     event_seq INTEGER NOT NULL REFERENCES app_events (seq),
     instance_id TEXT NOT NULL,
     state TEXT NOT NULL DEFAULT 'pending',
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt INTEGER NOT NULL,
     last_error TEXT,
     delivered TEXT,
     PRIMARY KEY (subscription_id, event_seq)
   );
   CREATE INDEX event_deliveries_pending ON event_deliveries (subscription_id, instance_id, event_seq)
     WHERE state = 'pending';`,
  // The preview page's analytics events (src/preview/analytics): no user, no instance, no form data.
  `CREATE TABLE analytics_events (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     app_id TEXT NOT NULL,
     received TEXT NOT NULL,
     type TEXT NOT NULL,
     task_id TEXT,
     page TEXT,
     duration_ms INTEGER,
     json TEXT NOT NULL
   );
   CREATE INDEX analytics_events_type ON analytics_events (app_id, type, task_id, page, duration_ms);
   CREATE TABLE analytics_messages (
     event_seq INTEGER NOT NULL REFERENCES analytics_events (seq) ON DELETE CASCADE,
     text_key TEXT NOT NULL,
     component_id TEXT NOT NULL,
     severity TEXT NOT NULL
   );
   CREATE INDEX analytics_messages_event ON analytics_messages (event_seq);
   CREATE INDEX analytics_messages_key ON analytics_messages (text_key, component_id, severity);`,
  // The inbox (docs/preview.md, "Inbox and search"): one row per instance for listing and filtering,
  // and an FTS5 row (same rowid) over its title and the text of its form data. Existing instances
  // are indexed when the store opens (SearchIndex.backfill), since that needs the apps' data types.
  `CREATE TABLE inbox_entries (
     id INTEGER PRIMARY KEY,
     instance_id TEXT NOT NULL UNIQUE REFERENCES instances (id) ON DELETE CASCADE,
     app_id TEXT NOT NULL,
     party_id INTEGER NOT NULL,
     last_changed TEXT NOT NULL,
     location TEXT NOT NULL,
     archived INTEGER NOT NULL,
     soft_deleted INTEGER NOT NULL,
     hard_deleted INTEGER NOT NULL
   );
   CREATE INDEX inbox_entries_party ON inbox_entries (app_id, party_id, last_changed);
   CREATE VIRTUAL TABLE inbox_search USING fts5 (title, content, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
   CREATE TRIGGER inbox_entries_removed AFTER DELETE ON inbox_entries BEGIN
     DELETE FROM inbox_search WHERE rowid = old.id;
   END;`,
];

export const DATABASE_FILE = 'preview.sqlite';

/** The version of the tables this skjema writes (a backup from a newer one cannot be restored). */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Opens (creating when needed) the preview database in `dataDir` and brings its tables to the
 * current version. WAL lets a reader (a second terminal with `sqlite3`) look while the server writes.
 */
export function openDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = openSqlite(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  const current = row?.version ?? 0;
  if (current > MIGRATIONS.length) {
    db.close();
    throw new Error(
      `${join(dataDir, DATABASE_FILE)} was written by a newer skjema (schema version ${current}, this one knows ${MIGRATIONS.length}). Use another --data folder.`,
    );
  }
  db.transaction(() => {
    for (let version = current; version < MIGRATIONS.length; version++) db.exec(MIGRATIONS[version]!);
    if (row) db.prepare('UPDATE schema_version SET version = ?').run(MIGRATIONS.length);
    else db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(MIGRATIONS.length);
  })();
  return db;
}
