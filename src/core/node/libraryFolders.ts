import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { LIBRARIES_FILE, readLibraryDeclarations } from '../app/libraries.ts';
import { parseJsonFile } from '../app/json.ts';

/**
 * The folder of each library an app declares (App/config/skjema-libraries.json): a path is taken
 * relative to the app folder; anything else is an npm package, found with Node's resolution from
 * the app folder. A library that does not resolve is left out; the loader reports it, located.
 */
export async function libraryFolders(appDir: string): Promise<Map<string, string>> {
  const folders = new Map<string, string>();
  let text: string;
  try {
    text = await readFile(join(appDir, LIBRARIES_FILE), 'utf8');
  } catch {
    return folders;
  }
  const parsed = parseJsonFile(text, LIBRARIES_FILE);
  if (!parsed.ok) return folders;
  const require = createRequire(join(resolve(appDir), 'package.json'));
  for (const [name, location] of Object.entries(readLibraryDeclarations(parsed.value).libraries)) {
    if (isPath(location)) {
      folders.set(name, resolve(appDir, location));
      continue;
    }
    try {
      folders.set(name, dirname(require.resolve(`${location}/package.json`)));
    } catch {
      // Not installed: the loader finds no files under the library and says so.
    }
  }
  return folders;
}

function isPath(location: string): boolean {
  return location.startsWith('.') || location.startsWith('/') || isAbsolute(location);
}
