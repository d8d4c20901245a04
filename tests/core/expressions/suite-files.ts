import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The shared reference suites live next to the repository; they are read in place, never copied. */
export const SUITE_ROOT = resolve(process.cwd(), '../shared/conformance/expressions');
/** The cases the v9 frontend added (`list`, `object`, `jmespath`, `sum`, `average`, `count`…). */
export const V9_SUITE_ROOT = resolve(process.cwd(), '../shared/conformance/expressions-v9');

export interface SuiteFile {
  readonly path: string; // relative to the suite root
  readonly content: Record<string, unknown>;
}

export function readSuite(folder: string, suiteRoot = SUITE_ROOT): SuiteFile[] {
  const root = join(suiteRoot, folder);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : [],
    );
  return walk(root)
    .sort()
    .map((file) => ({ path: relative(suiteRoot, file), content: JSON.parse(readFileSync(file, 'utf8')) }));
}
