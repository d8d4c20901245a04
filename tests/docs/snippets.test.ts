import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { checkJsonBlock } from './snippets/jsonBlocks.ts';
import { codeBlocks, documentationFiles, type CodeBlock } from './snippets/markdownBlocks.ts';
import { checkShellBlock } from './snippets/shellBlocks.ts';
import { PACKAGE_ENTRIES, TYPED_LANGUAGES, packageModuleExports, typeCheckBlocks } from './snippets/typeCheck.ts';
import { REPO_ROOT, altinnSchemaChecker } from '../support/altinnSchemas.ts';

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
    // A block that must fail, so that a checker which finds nothing cannot pass.
    const canary = { ...typed[0], file: 'canary.md', line: 1, code: "import { nothing } from 'skjema/core';" };
    const problems = typeCheckBlocks(REPO_ROOT, [...typed, canary], resolve(REPO_ROOT, 'tests/docs/preludes'));
    expect(located(problems)).toEqual([`canary.md:1: Module '"skjema/core"' has no exported member 'nothing'.`]);
  }, 120_000);

  it('json blocks parse, and those that are Altinn files are valid against the Altinn JSON Schemas', async () => {
    const json = checked.filter((block) => block.language === 'json' || block.language === 'jsonc');
    expect(json.length).toBeGreaterThan(20);
    const checker = await altinnSchemaChecker('v8');
    expect(located(json.flatMap((block) => checkJsonBlock(block, checker)))).toEqual([]);
    const canary = (code: string, flags: string[] = []) =>
      checkJsonBlock({ file: 'canary.md', line: 1, language: 'json', code, marker: { preludes: [], flags } }, checker);
    expect(canary('{ "id": 1, }')).toHaveLength(1);
    expect(canary('["equals", 1] // → true')).toHaveLength(1);
    expect(canary('{ "id": "a", "type": "Input", "dataModelBindings": 3 }', ['component']).length).toBeGreaterThan(0);
  });

  it('sh blocks name real skjema commands and options, and real npm scripts', async () => {
    const scripts = (
      JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const helps = new Map<string, Promise<string>>();
    // The CLI's own help, as `skjema [command] --help` prints it: what it lists is what it accepts.
    const help = (command?: string) => {
      const key = command ?? '';
      if (!helps.has(key)) {
        let text = '';
        const print = (line: string) => (text += `${line}\n`);
        helps.set(
          key,
          main([...(command ? [command] : []), '--help'], print, print).then(() => text),
        );
      }
      return helps.get(key)!;
    };
    const shell = checked.filter((block) => block.language === 'sh' || block.language === 'bash');
    expect(shell.length).toBeGreaterThan(5);
    const problems = (await Promise.all(shell.map((block) => checkShellBlock(block, scripts, help)))).flat();
    expect(located(problems)).toEqual([]);
    const canary = {
      ...shell[0],
      file: 'canary.md',
      line: 1,
      code: 'npx skjema chek x\nskjema check x --jsno\nnpm run nope',
    };
    expect(located(await checkShellBlock(canary, scripts, help))).toEqual([
      expect.stringMatching(/^canary.md:1: "skjema chek" is no command of the CLI \(check, preview, compile/),
      'canary.md:2: skjema check has no option --jsno',
      'canary.md:3: package.json has no script "nope"',
    ]);
  });
});
