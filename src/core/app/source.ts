/**
 * Where an app's files come from. The engine never touches a file system itself, so the same
 * loader runs in Node (files on disk, see `skjema/core/node`) and in the browser (objects a
 * bundler or server already produced).
 */
export interface AppSource {
  /** The file's text, or `undefined` when it does not exist. Paths are relative to the app folder and use `/`. */
  read(path: string): Promise<string | undefined>;
  /** Names (not paths) of the files directly inside `dir`; empty when the folder does not exist. */
  list(dir: string): Promise<string[]>;
  /** Names of the folders directly inside `dir` (v9 apps keep one UI folder per process task). */
  listFolders(dir: string): Promise<string[]>;
}

/**
 * An app held in memory: keys are paths relative to the app folder (`App/ui/layout-sets.json`),
 * values are the file text or an already-parsed JSON value.
 */
export function objectSource(files: Readonly<Record<string, unknown>>): AppSource {
  const normalised = new Map<string, unknown>();
  for (const [path, content] of Object.entries(files)) normalised.set(normalisePath(path), content);
  return {
    async read(path) {
      const content = normalised.get(normalisePath(path));
      if (content === undefined) return undefined;
      return typeof content === 'string' ? content : JSON.stringify(content);
    },
    async list(dir) {
      const prefix = `${normalisePath(dir)}/`;
      const names: string[] = [];
      for (const path of normalised.keys()) {
        if (path.startsWith(prefix) && !path.slice(prefix.length).includes('/')) names.push(path.slice(prefix.length));
      }
      return names.sort();
    },
    async listFolders(dir) {
      const prefix = `${normalisePath(dir)}/`;
      const names = new Set<string>();
      for (const path of normalised.keys()) {
        if (!path.startsWith(prefix)) continue;
        const rest = path.slice(prefix.length);
        if (rest.includes('/')) names.add(rest.slice(0, rest.indexOf('/')));
      }
      return [...names].sort();
    },
  };
}

function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}
