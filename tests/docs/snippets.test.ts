import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks, documentationFiles, type CodeBlock } from './snippets/markdownBlocks.ts';
import { PACKAGE_ENTRIES, TYPED_LANGUAGES, packageModuleExports, typeCheckBlocks } from './snippets/typeCheck.ts';
import { REPO_ROOT } from '../support/altinnSchemas.ts';

const blocks: CodeBlock[] = documentationFiles(REPO_ROOT).flatMap((file) =>
  codeBlocks(file, readFileSync(resolve(REPO_ROOT, file), 'utf8')),
);
const checked = blocks.filter((block) => !block.marker.skip);
const located = (problems: { where: string; message: string }[]) =>
  problems.map((problem) => `${problem.where}: ${problem.message}`);

describe('the code blocks of README.md and docs/', () => {
  it('skips only the few blocks that say why', () => {
    const skipped = blocks.filter((block) => block.marker.skip);
    // Listed in the output, so that the skips stay visible and few.
    for (const block of skipped) console.info(`skipped ${block.file}:${block.line}: ${block.marker.skip}`);
    expect(skipped.length).toBeLessThanOrEqual(5);
  });

  it('maps every module the package exports to its source', () => {
    expect(Object.keys(PACKAGE_ENTRIES).sort()).toEqual(packageModuleExports(REPO_ROOT).sort());
  });

  it('type-check (ts, tsx, js) against the sources, with the preludes their markers name', () => {
    const typed = checked.filter((block) => block.language in TYPED_LANGUAGES);
    expect(typed.length).toBeGreaterThan(30);
    expect(located(typeCheckBlocks(REPO_ROOT, typed, resolve(REPO_ROOT, 'tests/docs/preludes')))).toEqual([]);
  }, 120_000);
});
