import Database from 'better-sqlite3';

/**
 * Opens an SQLite file with better-sqlite3, and when its native part is missing says how to get
 * it: npm 11 runs a dependency's install script only when the project allows it, so a fresh
 * `npm install skjema` leaves better-sqlite3 unbuilt until the user approves its build.
 */
export function openSqlite(file: string, options?: Database.Options): Database.Database {
  try {
    return new Database(file, options);
  } catch (error) {
    throw explainMissingAddon(error);
  }
}

export function explainMissingAddon(error: unknown): unknown {
  if (!(error instanceof Error) || !/bindings file|better_sqlite3\.node/.test(error.message)) return error;
  return new Error(
    'skjema preview keeps its data in SQLite through better-sqlite3, whose native part was not built when it ' +
      'was installed (npm runs its install script only when your project allows it). Allow and build it with\n' +
      '  npm install-scripts approve better-sqlite3 && npm rebuild better-sqlite3\n' +
      `(or add "allowScripts": { "better-sqlite3": true } to your package.json and install again). ${error.message}`,
    { cause: error },
  );
}
