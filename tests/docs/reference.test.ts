import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentReferences } from '../../scripts/reference/facts.ts';
import { ALTINN_SCHEMA_DIR, REPO_ROOT } from '../support/altinnSchemas.ts';

const references = currentReferences(REPO_ROOT, ALTINN_SCHEMA_DIR);
// Prettier pads the columns of the written tables; cell by cell, the two must agree.
const cells = (markdown: string) =>
  markdown
    .trim()
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) =>
      line.startsWith('|') ? line.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/^-{3,}$/, '---')) : line.trim(),
    );

describe('the generated references in docs/reference (npm run docs:reference)', () => {
  it.each(Object.keys(references))('%s is as the schemas, stories and function table make it', (path) => {
    expect(cells(readFileSync(resolve(REPO_ROOT, path), 'utf8'))).toEqual(cells(references[path]));
  });

  it('has all 61 component types, each with a live story, and every expression function', () => {
    const components = references['docs/reference/components.md'];
    expect(components.match(/^## /gm)).toHaveLength(61);
    expect(components.match(/^\[Live story\]\(\?path=\/story\/components-/gm)).toHaveLength(61);
    expect(references['docs/reference/expressions.md']).toMatch(/^\| `dataModel\(string, string\?\)` \| any \| v8 \|/m);
  });
});
