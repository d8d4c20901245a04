import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppSource } from '../app/source.ts';

/** Reads an Altinn app from a folder on disk (the folder that holds `App/`). */
export function fileSource(appDir: string): AppSource {
  const entries = async (dir: string, want: 'file' | 'folder') => {
    try {
      const found = await readdir(join(appDir, dir), { withFileTypes: true });
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
      try {
        return await readFile(join(appDir, path), 'utf8');
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
