import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T & { help: { type: 'boolean'; short: 'h' } }; allowPositionals: true }>
>;

/**
 * The arguments of a command that runs on one app folder (`skjema compile`, `skjema preview`):
 * the folder that holds `App/`, resolved, and the options; or the exit code when the command
 * must stop here, having shown its help (0) or said what is wrong with the call (2). With
 * `several`, more folders may follow (`skjema preview appA appB`): all are in `roots`.
 */
export function parseAppCommand<T extends OptionsConfig>(
  command: string,
  argv: string[],
  options: T,
  usage: string,
  out: (line: string) => void,
  err: (line: string) => void,
  several = false,
): { root: string; roots: string[]; values: Parsed<T>['values'] } | number {
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
    }) as Parsed<T>;
  } catch (error) {
    err(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  // The generic values type cannot be narrowed to the help flag the helper itself adds.
  if ((parsed.values as { help?: boolean }).help) {
    out(usage);
    return 0;
  }
  const [appDir, ...extra] = parsed.positionals;
  if (!appDir || (extra.length > 0 && !several)) {
    err(`${appDir ? `Unexpected argument "${extra[0]}".` : `${command} needs an app folder.`}\n\n${usage}`);
    return 2;
  }
  const roots = parsed.positionals.map((folder) => resolve(folder));
  for (const root of roots) {
    if (!existsSync(join(root, 'App'))) {
      err(`${root} has no App/ folder; give the folder that holds App/.`);
      return 2;
    }
  }
  return { root: roots[0]!, roots, values: parsed.values };
}
