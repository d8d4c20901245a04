import { resolve } from 'node:path';
import { loadAltinnSchemaChecker } from '../../src/core/node/altinnSchemas.ts';
import type { AltinnSchemaChecker } from '../../src/core/schemas/altinnSchemaChecker.ts';

// Vitest runs from the repository root; import.meta.url is not a file URL under jsdom.
export const REPO_ROOT = process.cwd();

/** The Altinn schemas live in ../shared beside the checkout; they are never copied into the repo. */
export const ALTINN_SCHEMA_DIR = resolve(REPO_ROOT, '../shared/altinn-schemas');
export const EXAMPLE_APP_DIR = resolve(REPO_ROOT, 'examples/event-permit');
export const CORPUS_DIR = resolve(REPO_ROOT, '../shared/corpus');

/** The checker for apps of one format (v8 by default); compiled once per test file and format. */
export function altinnSchemaChecker(format: 'v8' | 'v9' = 'v8'): Promise<AltinnSchemaChecker> {
  return loadAltinnSchemaChecker(ALTINN_SCHEMA_DIR, format);
}
