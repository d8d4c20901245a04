import { openSqlite } from '../storage/sqlite.ts';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { KEY_FILE } from '../authGate.ts';
import { DATABASE_FILE, SCHEMA_VERSION } from '../storage/database.ts';
import { countRows } from './backup.ts';
import { ALL_PAGES, BACKUP_FORMAT, BACKUP_TABLE, BackupError, type BackupCounts } from './backupFile.ts';

export interface RestoreResult extends BackupCounts {
  readonly dataDir: string;
  /** When the backup was made, and of which folder. */
  readonly created: string;
  readonly source: string;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Makes a data folder from a backup file, after checking that the file is a whole skjema backup
 * (`PRAGMA integrity_check`, its format, a schema version this skjema can open). A folder that is
 * not empty is refused unless `force`, which replaces the database and token key in it (and
 * nothing else); no server should be running on that folder.
 */
export async function restoreDataFolder(
  file: string,
  dataDir: string,
  options: { force?: boolean } = {},
): Promise<RestoreResult> {
  const backupFile = resolve(file);
  const folder = resolve(dataDir);
  const info = await verifyBackup(backupFile);

  const present = existsSync(folder) ? await readdir(folder) : [];
  if (present.length > 0 && !options.force)
    throw new BackupError(
      `${folder} is not empty (${present.slice(0, 5).join(', ')}${present.length > 5 ? ', …' : ''}); restore into a new or empty folder, or give --force to replace the preview database and token key in it.`,
    );
  await mkdir(folder, { recursive: true });
  const partial = join(folder, `${DATABASE_FILE}.restoring-${process.pid}`);
  const backup = openSqlite(backupFile, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(partial, { progress: () => ALL_PAGES });
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    backup.close();
  }
  const restored = openSqlite(partial);
  try {
    restored.exec(`DROP TABLE ${BACKUP_TABLE}`);
    restored.pragma('journal_mode = DELETE');
  } finally {
    restored.close();
  }
  for (const stale of [`${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, KEY_FILE])
    await rm(join(folder, stale), { force: true });
  await rename(partial, join(folder, DATABASE_FILE));
  // Without a key in the backup, the server makes a new one: earlier tokens are then not accepted.
  if (info.tokenKey !== null) await writeFile(join(folder, KEY_FILE), info.tokenKey, { mode: 0o600 });
  return {
    dataDir: folder,
    created: info.created,
    source: info.source,
    instances: info.instances,
    dataElements: info.dataElements,
    bytes: (await stat(join(folder, DATABASE_FILE))).size,
  };
}

interface BackupInfo {
  created: string;
  source: string;
  tokenKey: string | null;
  instances: number;
  dataElements: number;
}

async function verifyBackup(file: string): Promise<BackupInfo> {
  const notBackup = (why: string) =>
    new BackupError(`${file} is not a skjema backup: ${why}. Make one with skjema preview backup <file>.`);
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new BackupError(`Cannot read ${file}: ${(error as Error).message}.`);
  }
  const header = Buffer.alloc(SQLITE_HEADER.length);
  try {
    await handle.read(header, 0, header.length, 0);
  } finally {
    await handle.close();
  }
  if (header.toString('latin1') !== SQLITE_HEADER) throw notBackup('it is not an SQLite database');

  const db = openSqlite(file, { readonly: true, fileMustExist: true });
  try {
    const table = (name: string) =>
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
    if (!table(BACKUP_TABLE)) throw notBackup(`the SQLite database has no ${BACKUP_TABLE} table`);
    const meta = db.prepare(`SELECT format, created, source, token_key FROM ${BACKUP_TABLE}`).get() as
      { format: number; created: string; source: string; token_key: string | null } | undefined;
    if (!meta) throw notBackup(`its ${BACKUP_TABLE} table is empty`);
    if (meta.format > BACKUP_FORMAT)
      throw new BackupError(
        `${file} was made by a newer skjema (backup format ${meta.format}, this one reads ${BACKUP_FORMAT}); restore it with that version.`,
      );
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    if (problems.length !== 1 || problems[0] !== 'ok')
      throw new BackupError(
        `${file} is damaged (integrity check: ${problems.slice(0, 3).join('; ')}); it cannot be restored.`,
      );
    if (!table('schema_version') || !table('instances') || !table('data_elements'))
      throw notBackup('it has no preview tables');
    const version = (db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined)
      ?.version;
    if (version === undefined) throw notBackup('it has no schema version');
    if (version > SCHEMA_VERSION)
      throw new BackupError(
        `${file} holds a database of a newer skjema (schema version ${version}, this one knows ${SCHEMA_VERSION}); restore it with that version.`,
      );
    return { created: meta.created, source: meta.source, tokenKey: meta.token_key, ...countRows(db) };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw notBackup((error as Error).message);
  } finally {
    db.close();
  }
}
