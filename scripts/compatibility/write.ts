import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withComponentTable } from './componentTable.ts';
import { currentComponentTable } from './facts.ts';

// Usage: npm run docs:compatibility — rewrites the component table of docs/compatibility.md.
const repoRoot = process.cwd();
const schemaFile = resolve(
  process.env.SKJEMA_ALTINN_SCHEMAS ?? resolve(repoRoot, '../shared/altinn-schemas'),
  'layout/layout.schema.v1.json',
);
const documentFile = resolve(repoRoot, 'docs/compatibility.md');
const document = readFileSync(documentFile, 'utf8');
writeFileSync(documentFile, withComponentTable(document, currentComponentTable(repoRoot, schemaFile)));
console.log(`Wrote the component table of ${documentFile}`);
