import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { format } from 'prettier';
import { currentReferences } from './facts.ts';

// Usage: npm run docs:reference — rewrites docs/reference/*.md from the schemas, the stories and the function table.
const repoRoot = process.cwd();
const schemaDir = process.env.SKJEMA_ALTINN_SCHEMAS ?? resolve(repoRoot, '../shared/altinn-schemas');
for (const [path, markdown] of Object.entries(currentReferences(repoRoot, schemaDir))) {
  const file = resolve(repoRoot, path);
  mkdirSync(dirname(file), { recursive: true });
  // Formatted as the repository's Prettier check wants it; the test compares cell by cell.
  writeFileSync(file, await format(markdown, { filepath: file }));
  console.log(`Wrote ${path}`);
}
