import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../core/diagnostics.ts';
import { checkApp, type PageRenderer } from './check.ts';
import { runBundle } from './bundle.ts';
import { runCompile } from './compile.ts';
import { runPreview, type PreviewServices } from './preview.ts';

const USAGE = `Usage: skjema check <appDir> [--json] [--strict] [--schemas <dir>] [--no-render]
       skjema preview <appDir> [--port <n>] [--host <h>] [--data <dir>] [--processor <file.js>]
       skjema compile <appDir> [--out <dir>]
       skjema bundle <appDir> [--out <file.js>] [--json]

Commands:
  check <appDir>   Load every layout set of an Altinn app folder and report problems,
                   each with its file, JSON pointer and component id, then render every
                   page and report components that fail at run time.
  preview <appDir> Run the app locally: its API, test users, SQLite storage, the process
                   (skjema preview --help for its options).
  compile <appDir> Compile the data models' validators ahead of time, for forms under a
                   strict Content-Security-Policy (skjema compile --help).
  bundle <appDir>  Write the app's files and compiled validators as one ES module for a
                   page's build (skjema bundle --help).

Options:
  --json           Print the report as JSON.
  --schemas <dir>  Folder of the Altinn JSON Schemas (default: $SKJEMA_ALTINN_SCHEMAS,
                   else a shared/altinn-schemas folder beside the working directory).
  --strict         Fail (exit code 1) on warnings too.
  --no-render      Only the static checks: do not render the pages.
  -h, --help       Show this help.`;

export interface MainServices {
  /** Renders the pages of a layout set; without it (or with `--no-render`) only the static checks run. */
  renderPages?: PageRenderer;
  /** Called once it is clear that pages will be rendered, so that loading can overlap the static checks. */
  prepareRendering?: () => void;
  /** What `skjema preview` needs from the bin (the browser app it serves). */
  preview?: PreviewServices;
}

/** Runs the CLI and returns the exit code: 0 when there are no errors, 1 with errors (or warnings under --strict), 2 on bad usage. */
export async function main(
  argv: string[],
  out = console.log,
  err = console.error,
  services: MainServices = {},
): Promise<number> {
  if (argv[0] === 'preview') return runPreview(argv.slice(1), out, err, services.preview);
  if (argv[0] === 'compile') return runCompile(argv.slice(1), out, err);
  if (argv[0] === 'bundle') return runBundle(argv.slice(1), out, err);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        schemas: { type: 'string' },
        'no-render': { type: 'boolean' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
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
  const renderPages = parsed.values['no-render'] ? undefined : services.renderPages;
  if (renderPages) services.prepareRendering?.();
  const report = await checkApp(appDir, { schemaDir: parsed.values.schemas, renderPages });
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const warnings = report.diagnostics.length - errors.length;
  const renderErrors = errors.filter((diagnostic) => diagnostic.code.startsWith('render-')).length;
  if (parsed.values.json) {
    out(JSON.stringify({ ...report, errors: errors.length, warnings, renderErrors }, null, 2));
  } else {
    if (report.schemaWarning) err(`warning: ${report.schemaWarning}`);
    for (const diagnostic of report.diagnostics) out(formatDiagnostic(diagnostic));
    const rendered =
      report.renderedPages === undefined
        ? ''
        : `; ${report.renderedPages} page(s) rendered, ${renderErrors} of the errors while rendering`;
    out(
      `${report.appDir}: ${report.layoutSets.length} layout set(s), ${errors.length} error(s), ${warnings} warning(s)${rendered}`,
    );
  }
  return errors.length > 0 || (parsed.values.strict && warnings > 0) ? 1 : 0;
}
