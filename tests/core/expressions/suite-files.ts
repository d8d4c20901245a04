import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The shared reference suite lives next to the repository; it is read in place, never copied. */
export const SUITE_ROOT = resolve(process.cwd(), '../shared/conformance/expressions');

export interface SuiteFile {
  readonly path: string; // relative to SUITE_ROOT
  readonly content: Record<string, unknown>;
}

export function readSuite(folder: string): SuiteFile[] {
  const root = join(SUITE_ROOT, folder);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : [],
    );
  return walk(root)
    .sort()
    .map((file) => ({ path: relative(SUITE_ROOT, file), content: JSON.parse(readFileSync(file, 'utf8')) }));
}
