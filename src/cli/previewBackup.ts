import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupDataFolder } from '../preview/backup/backup.ts';
import { BackupError } from '../preview/backup/backupFile.ts';
import { restoreDataFolder } from '../preview/backup/restore.ts';

export const BACKUP_USAGE = `Usage: skjema preview backup <file> [--data <dir> | <appDir>] [--force]

Writes a preview data folder (the SQLite database with every instance, data element and
attachment, and the token signing key) to one file. Safe while a server runs on the folder.
  --data <dir>   The data folder; or give the app folder, whose <appDir>/.skjema-preview it is.
  --force        Overwrite <file> when it exists.`;

export const RESTORE_USAGE = `Usage: skjema preview restore <file> --data <dir> [--force]

Makes a data folder from a backup file, after checking it (integrity, format, schema version).
  --data <dir>   The folder to restore into; it must be new or empty.
  --force        Restore into a folder that is not empty, replacing its database and token key.`;

type Output = (line: string) => void;

/** `skjema preview backup`: returns the exit code. */
export async function runPreviewBackup(argv: string[], out: Output, err: Output): Promise<number> {
  const parsed = parse(argv, BACKUP_USAGE, out, err);
  if (typeof parsed === 'number') return parsed;
  const [file, appDir, ...extra] = parsed.positionals;
  if (!file || extra.length > 0 || (appDir !== undefined && parsed.data !== undefined) || (!appDir && !parsed.data)) {
    err(
      `${!file ? 'backup needs a file to write.' : extra.length > 0 ? `Unexpected argument "${extra[0]}".` : 'Give the data folder to back up with --data <dir> or an app folder, one of them.'}\n\n${BACKUP_USAGE}`,
    );
    return 2;
  }
  const dataDir = parsed.data ?? join(resolve(appDir!), '.skjema-preview');
  if (appDir !== undefined && !existsSync(join(resolve(appDir), 'App'))) {
    err(`${resolve(appDir)} has no App/ folder; give the app folder, or the data folder with --data <dir>.`);
    return 2;
  }
  return reportErrors(err, async () => {
    const started = performance.now();
    const result = await backupDataFolder(dataDir, file, { force: parsed.force });
    const milliseconds = Math.round(performance.now() - started);
    out(
      `Backed up ${result.instances} instance(s) and ${result.dataElements} data element(s) from ${resolve(dataDir)} to ${result.file} (${megabytes(result.bytes)}, ${milliseconds} ms).`,
    );
    if (result.leftOut.length > 0)
      out(`  Not in the backup (not skjema's): ${result.leftOut.join(', ')} in ${resolve(dataDir)}.`);
  });
}

/** `skjema preview restore`: returns the exit code. */
export async function runPreviewRestore(argv: string[], out: Output, err: Output): Promise<number> {
  const parsed = parse(argv, RESTORE_USAGE, out, err);
  if (typeof parsed === 'number') return parsed;
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0 || !parsed.data) {
    err(
      `${!file ? 'restore needs the backup file.' : extra.length > 0 ? `Unexpected argument "${extra[0]}".` : 'Give the folder to restore into with --data <dir>.'}\n\n${RESTORE_USAGE}`,
    );
    return 2;
  }
  const dataDir = parsed.data;
  return reportErrors(err, async () => {
    const result = await restoreDataFolder(file, dataDir, { force: parsed.force });
    out(
      `Restored ${result.instances} instance(s) and ${result.dataElements} data element(s) (${megabytes(result.bytes)}), backed up ${result.created} from ${result.source}, into ${result.dataDir}.`,
    );
    out(`  Run it: skjema preview <appDir> --data ${result.dataDir}`);
  });
}

function parse(
  argv: string[],
  usage: string,
  out: Output,
  err: Output,
): { positionals: string[]; data?: string; force: boolean } | number {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      out(usage);
      return 0;
    }
    return { positionals, data: values.data, force: values.force === true };
  } catch (error) {
    err(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
}

async function reportErrors(err: Output, work: () => Promise<void>): Promise<number> {
  try {
    await work();
    return 0;
  } catch (error) {
    // SQLite's own refusals (a locked or unreadable file) are as much the user's to act on.
    const sqlite = String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_');
    if (error instanceof BackupError || sqlite) {
      err(sqlite ? `SQLite: ${(error as Error).message}.` : (error as Error).message);
      return 1;
    }
    throw error;
  }
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
