import type Database from 'better-sqlite3';
import { openSqlite } from '../storage/sqlite.ts';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { KEY_FILE } from '../authGate.ts';
import { DATABASE_FILE } from '../storage/database.ts';
import { ALL_PAGES, BACKUP_FORMAT, BACKUP_TABLE, BackupError, type BackupCounts } from './backupFile.ts';

export interface BackupResult extends BackupCounts {
  readonly file: string;
  /** Files in the data folder that are not in the backup (none of skjema's own). */
  readonly leftOut: readonly string[];
}

/** What skjema keeps in a data folder; the WAL files are part of the database, read through it. */
const OWN_FILES = new Set([DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, KEY_FILE]);

/**
 * Writes the data folder to one backup file with SQLite's online backup, while a server may be
 * running on it and writing: the copy is made in one step inside one read transaction, so it is
 * the database as it was at one moment (WAL lets the server go on writing meanwhile), and a write
 * never restarts it. The file appears only when complete.
 */
export async function backupDataFolder(
  dataDir: string,
  file: string,
  options: { force?: boolean; now?: () => Date } = {},
): Promise<BackupResult> {
  const folder = resolve(dataDir);
  const target = resolve(file);
  const databaseFile = join(folder, DATABASE_FILE);
  if (!existsSync(databaseFile))
    throw new BackupError(
      `${folder} holds no preview database (${DATABASE_FILE}); give the data folder with --data <dir>, or the app folder whose .skjema-preview to back up.`,
    );
  if (existsSync(target) && !options.force)
    throw new BackupError(`${target} exists; give another file name, or --force to overwrite it.`);
  if (!existsSync(dirname(target))) throw new BackupError(`The folder of ${target} does not exist.`);

  const partial = `${target}.partial-${process.pid}`;
  const source = openSqlite(databaseFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    const versioned = source
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
      .get();
    if (!versioned)
      throw new BackupError(`${databaseFile} is not a skjema preview database (it has no schema_version).`);
    // After better-sqlite3's first step (no pages), the rest is one step in one read transaction: a consistent snapshot.
    await source.backup(partial, { progress: () => ALL_PAGES });
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }

  const tokenKey = await readFile(join(folder, KEY_FILE), 'utf8').catch(() => null);
  const copy = openSqlite(partial);
  let counts: { instances: number; dataElements: number };
  try {
    // One self-contained file: no -wal beside it.
    copy.pragma('journal_mode = DELETE');
    copy.exec(
      `CREATE TABLE ${BACKUP_TABLE} (format INTEGER NOT NULL, created TEXT NOT NULL, source TEXT NOT NULL, token_key TEXT)`,
    );
    copy
      .prepare(`INSERT INTO ${BACKUP_TABLE} (format, created, source, token_key) VALUES (?, ?, ?, ?)`)
      .run(BACKUP_FORMAT, (options.now?.() ?? new Date()).toISOString(), folder, tokenKey?.trim() ?? null);
    counts = countRows(copy);
  } catch (error) {
    copy.close();
    await rm(partial, { force: true });
    throw error;
  }
  copy.close();
  await rename(partial, target);
  const leftOut = (await readdir(folder)).filter((name) => !OWN_FILES.has(name)).sort();
  return { file: target, ...counts, bytes: (await stat(target)).size, leftOut };
}

export function countRows(db: Database.Database): { instances: number; dataElements: number } {
  const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { instances: count('instances'), dataElements: count('data_elements') };
}
