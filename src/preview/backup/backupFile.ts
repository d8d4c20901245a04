/**
 * A backup of a preview data folder is one SQLite file: a copy of `preview.sqlite` (attachments
 * are BLOBs in it) with one more table, `skjema_backup`, that marks it as a backup and carries
 * the token signing key, so tokens and browser sessions stay valid after a restore.
 */
export const BACKUP_TABLE = 'skjema_backup';

/** Bumped when the backup's own table changes; a newer backup is refused rather than misread. */
export const BACKUP_FORMAT = 1;

/**
 * Pages per step of SQLite's online backup: all of them. Copied in one step, the copy is made in
 * one read transaction, so it is one moment's database and a concurrent write cannot restart it.
 */
export const ALL_PAGES = 0x7fffffff;

/** A backup or restore that cannot be done, with what to change. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

export interface BackupCounts {
  readonly instances: number;
  readonly dataElements: number;
  /** Size of the backup file in bytes. */
  readonly bytes: number;
}
