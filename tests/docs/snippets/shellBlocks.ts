import type { CodeBlock } from './markdownBlocks.ts';

export interface ShellProblem {
  readonly where: string;
  readonly message: string;
}

/** What the CLI says of itself: `help([])` is its usage, `help([command])` the usage of one command. */
export type HelpOf = (command?: string) => Promise<string>;

const NPM_BUILTINS = new Set(['ci', 'install', 'i', 'pack', 'publish', 'exec', 'init', 'create']);

/**
 * Checks the commands of a `sh` block that belong to this project: each `skjema …` names a
 * command the CLI has and only options its help lists; each `npm run X` (and `npm start`,
 * `npm test`) names a script of package.json. Other lines (curl, shell variables) are left alone.
 */
export async function checkShellBlock(
  block: CodeBlock,
  scripts: Record<string, string>,
  help: HelpOf,
): Promise<ShellProblem[]> {
  const problems: ShellProblem[] = [];
  const commands = new Set([...(await help()).matchAll(/skjema (\w+)/g)].map((match) => match[1]));
  const lines = block.code.split('\n');
  for (const [offset, rawLine] of lines.entries()) {
    const where = `${block.file}:${block.line + offset}`;
    const line = rawLine.replace(/#.*$/, '');
    for (const call of line.split(/&&|\|\||;|\|/).map((part) => part.trim())) {
      // Leading environment assignments (`SKJEMA_CLAMD=… npx skjema …`) are the shell's business.
      const words = call.split(/\s+/).filter(Boolean);
      while (words.length > 0 && /^[A-Z_][A-Z0-9_]*=/.test(words[0])) words.shift();
      if (words[0] === 'npx' && words[1] === 'skjema') words.shift();
      if (words[0] === 'skjema') {
        const command = words[1];
        if (!command || !commands.has(command)) {
          problems.push({
            where,
            message: `"skjema ${command ?? ''}" is no command of the CLI (${[...commands].join(', ')})`,
          });
          continue;
        }
        const known = new Set((await help(command)).match(/--[a-z][\w-]*/g));
        for (const option of call.match(/(?<![\w-])--[a-z][\w-]*/g) ?? []) {
          if (!known.has(option)) problems.push({ where, message: `skjema ${command} has no option ${option}` });
        }
      } else if (words[0] === 'npm') {
        const script = words[1] === 'run' ? words[2] : words[1];
        if (words[1] !== 'run' && NPM_BUILTINS.has(script)) continue;
        if (!script || !Object.hasOwn(scripts, script)) {
          problems.push({ where, message: `package.json has no script "${script ?? ''}"` });
        }
      }
    }
  }
  return problems;
}
