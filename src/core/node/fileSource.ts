import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppSource } from '../app/source.ts';
import { libraryFolders } from './libraryFolders.ts';

/**
 * Reads an Altinn app from a folder on disk (the folder that holds `App/`). The files of the
 * libraries it declares appear under `libraries/<name>/` (see `libraryPath`).
 */
export function fileSource(appDir: string): AppSource {
  let libraries: Promise<Map<string, string>> | undefined;
  // A path under `libraries/<name>/` is read in that library's folder; when it does not resolve, nowhere.
  const locate = async (path: string): Promise<string | undefined> => {
    const match = /^libraries\/([^/]+)(?:\/(.*))?$/.exec(path.replace(/\\/g, '/'));
    if (!match) return join(appDir, path);
    libraries ??= libraryFolders(appDir);
    const folder = (await libraries).get(match[1]!);
    return folder === undefined ? undefined : join(folder, match[2] ?? '');
  };
  const entries = async (dir: string, want: 'file' | 'folder') => {
    const at = await locate(dir);
    if (at === undefined) return [];
    try {
      const found = await readdir(at, { withFileTypes: true });
      return found
        .filter((entry) => (want === 'file' ? entry.isFile() : entry.isDirectory()))
        .map((entry) => entry.name)
        .sort();
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  };
  return {
    async read(path) {
      const at = await locate(path);
      if (at === undefined) return undefined;
      try {
        return await readFile(at, 'utf8');
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    list: (dir) => entries(dir, 'file'),
    listFolders: (dir) => entries(dir, 'folder'),
  };
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
