import { describe, expect, it } from 'vitest';
import { explainMissingAddon } from '../../src/preview/storage/sqlite.ts';

describe('a better-sqlite3 without its native build', () => {
  it('says how to build it instead of naming a missing bindings file', () => {
    const missing = new Error(
      'Could not locate the bindings file. Tried:\n → /app/node_modules/better-sqlite3/build/better_sqlite3.node',
    );
    const explained = explainMissingAddon(missing) as Error;
    expect(explained.message).toContain('npm install-scripts approve better-sqlite3 && npm rebuild better-sqlite3');
    expect(explained.message).toContain('Could not locate the bindings file');
    expect(explained.cause).toBe(missing);
  });

  it('leaves other errors as they are', () => {
    const locked = new Error('database is locked');
    expect(explainMissingAddon(locked)).toBe(locked);
  });
});
