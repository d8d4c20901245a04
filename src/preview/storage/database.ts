import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Bumped with a new entry in MIGRATIONS whenever the tables change; old data folders are migrated forward. */
const MIGRATIONS: readonly string[] = [
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
  const db = new Database(join(dataDir, DATABASE_FILE));
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
