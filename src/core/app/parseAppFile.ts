import type { JsonParseResult } from './json.ts';

/**
 * `parseJsonFile` for the loader, with what only a file that is not plain JSON needs (accepting
 * comments and trailing commas, locating a syntax error) loaded when such a file is met: nearly
 * every app's files are plain JSON, so a form does not load it. The result is the same.
 */
export async function parseAppFile(text: string, file: string): Promise<JsonParseResult> {
  try {
    // A UTF-8 byte-order mark is tolerated, as `parseJsonFile` tolerates it.
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    const { parseJsonFile } = await import('./json.ts');
    return parseJsonFile(text, file);
  }
}
