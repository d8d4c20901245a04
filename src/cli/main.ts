import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../core/diagnostics.ts';
import { checkApp } from './check.ts';

const USAGE = `Usage: skjema check <appDir> [--json] [--schemas <dir>]

Commands:
  check <appDir>   Load every layout set of an Altinn app folder and report problems,
                   each with its file, JSON pointer and component id.

Options:
  --json           Print the report as JSON.
  --schemas <dir>  Folder of the Altinn JSON Schemas (default: $SKJEMA_ALTINN_SCHEMAS,
                   else a shared/altinn-schemas folder beside the working directory).
  -h, --help       Show this help.`;

/** Runs the CLI and returns the exit code: 0 when there are no errors, 1 with errors, 2 on bad usage. */
export async function main(argv: string[], out = console.log, err = console.error): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, schemas: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, appDir] = parsed.positionals;
  if (parsed.values.help || !command) {
    out(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  if (command !== 'check' || !appDir) {
    err(`${command === 'check' ? 'check needs an app folder.' : `Unknown command "${command}".`}\n\n${USAGE}`);
    return 2;
  }
  const report = await checkApp(appDir, { schemaDir: parsed.values.schemas });
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  if (parsed.values.json) {
    out(JSON.stringify({ ...report, errors, warnings }, null, 2));
  } else {
    if (report.schemaWarning) err(`warning: ${report.schemaWarning}`);
    for (const diagnostic of report.diagnostics) out(formatDiagnostic(diagnostic));
    out(`${report.appDir}: ${report.layoutSets.length} layout set(s), ${errors} error(s), ${warnings} warning(s)`);
  }
  return errors > 0 ? 1 : 0;
}

const invokedDirectly =
  import.meta.url === `file://${process.argv[1]}` || /[\\/](cli\.js|main\.ts)$/.test(process.argv[1] ?? '');
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    },
  );
}
