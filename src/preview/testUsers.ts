import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TestDataError, loadTestUsers } from './auth/testData.ts';
import type { TestUsers } from './auth/users.ts';

export const APP_TEST_DATA = 'App/testData.json';

/**
 * The test users a server signs in: from `file` when given, else the app's own `App/testData.json`
 * (as localtest reads it), else the built-in localtest users. A file that cannot be used is
 * reported with its place, and the built-in users are used instead, so the server still starts.
 */
export async function resolveTestUsers(
  appDir: string,
  file: string | undefined,
  log: (message: string) => void,
): Promise<{ users: TestUsers; source: string }> {
  const path = file === undefined ? join(appDir, APP_TEST_DATA) : resolve(file);
  let text: string | undefined;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (file !== undefined)
      log(
        `error: cannot read the test users file ${path}: ${(error as Error).message}; using the built-in test users.`,
      );
    return { users: loadTestUsers(undefined), source: 'built-in (localtest)' };
  }
  try {
    return { users: loadTestUsers(text, { source: path }), source: path };
  } catch (error) {
    if (!(error instanceof TestDataError)) throw error;
    log(`error: ${error.message}; using the built-in test users.`);
    return { users: loadTestUsers(undefined), source: 'built-in (localtest)' };
  }
}
