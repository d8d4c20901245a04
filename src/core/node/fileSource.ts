import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppSource } from '../app/source.ts';

/** Reads an Altinn app from a folder on disk (the folder that holds `App/`). */
export function fileSource(appDir: string): AppSource {
  return {
    async read(path) {
      try {
        return await readFile(join(appDir, path), 'utf8');
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    async list(dir) {
      try {
        const entries = await readdir(join(appDir, dir), { withFileTypes: true });
        return entries
          .filter((entry) => entry.isFile())
          .map((entry) => entry.name)
          .sort();
      } catch (error) {
        if (isMissing(error)) return [];
        throw error;
      }
    },
  };
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
