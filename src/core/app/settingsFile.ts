import type { Diagnostic } from '../diagnostics.ts';
import type { AppSource } from './source.ts';

const NAME = 'Settings.json';

/**
 * The `Settings.json` of a UI folder (a layout set, a v9 task folder, or `App/ui` itself). Older
 * apps sometimes have it as `settings.json`: Windows and macOS do not care, so the app worked
 * where it was made, and reading it keeps the page order its author wrote. But the Altinn backend
 * looks the file up by its exact name, which on Linux (where apps run in Altinn) does not find
 * another casing, so the author is told to rename it. Undefined when the folder has neither.
 */
export async function findSettingsFile(
  source: AppSource,
  folder: string,
): Promise<{ path: string; warning?: Diagnostic } | undefined> {
  const names = await source.list(folder);
  if (names.includes(NAME)) return { path: `${folder}/${NAME}` };
  const other = names.find((name) => name.toLowerCase() === NAME.toLowerCase());
  if (!other) return undefined;
  const path = `${folder}/${other}`;
  return {
    path,
    warning: {
      severity: 'warning',
      code: 'file-name',
      file: path,
      message: `Read as "${NAME}", so its page order is kept; rename it to "${NAME}": the Altinn app backend looks for that exact name, and on a case-sensitive file system (as apps run in Altinn) it does not find "${other}".`,
    },
  };
}
