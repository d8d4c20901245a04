import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { parseAppCommand } from './appCommandArgs.ts';
import { runPreviewBackup, runPreviewRestore } from './previewBackup.ts';
import {
  describeStart,
  LOG_FORMATS,
  startPreviewServer,
  type LogFormat,
  type PreviewServer,
  type PreviewServerOptions,
} from '../preview/index.ts';

export const PREVIEW_USAGE = `Usage: skjema preview <appDir> [<appDir>…] [--port <n>] [--host <h>] [--data <dir>] [--processor [<appDir>=]<file.js>] [--users <file>] [--csp <policy>] [--clamd <address>] [--no-watch] [--log-format human|json]
       skjema preview backup <file> [--data <dir> | <appDir>] [--force]
       skjema preview restore <file> --data <dir> [--force]

Runs Altinn app folders (v8 or v9) locally: each app's API under /{org}/{app}/, test users and
tokens, instances and data in SQLite, the BPMN process. No Docker, no .NET. Several folders run
in one server on one port, with one data folder and one set of test users.

Options:
  --port <n>            Port to listen on (default 5005; 0 picks a free one).
  --host <h>            Address to bind (default 127.0.0.1: this machine only).
  --data <dir>          Folder for the database and token key (default <appDir>/.skjema-preview,
                        of the first app).
  --processor <file>    ES module with processDataWrite / onTaskStart / onTaskEnd hooks. With
                        several apps, say whose: --processor <appDir>=<file> (may be repeated).
  --users <file>        Test users in localtest's testData.json shape (default: the first app's
                        App/testData.json, else localtest's built-in users).
  --csp <policy>        The Content-Security-Policy the built page is sent with (default:
                        default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self').
                        Widen it for an app that loads images or frames from elsewhere; "none"
                        sends no policy.
  --clamd <address>     Scan files of data types with enableFileScan with ClamAV's clamd: host:port
                        (its TCPSocket) or the path of its LocalSocket. Default: $SKJEMA_CLAMD;
                        without either, scanning is off and such files are marked Clean.
  --no-watch            Do not reload when the app's files change.
  --log-format <f>      human (default) or json: one JSON line per request and event (pino),
                        for a log collector. GET /metrics serves Prometheus metrics either way.
  -h, --help            Show this help.

backup writes the data folder (database with attachments, token key) to one file while a server
may run; restore makes a data folder from it, refusing a folder that is not empty unless --force.`;

/** The browser app beside the API, made once the server runs (it may read the server's app and users). */
export interface PreviewFrontendHandle {
  /** Answers the request and resolves true, or false when it is not the frontend's. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  close(): Promise<void>;
}

export interface PreviewServices {
  /** Serves the browser app beside the API (the bin composes it). */
  frontend?: PreviewServerOptions['frontend'];
  /** Makes the frontend from the running server; used when `frontend` is not given. */
  createFrontend?: (server: PreviewServer, options: PreviewFrontendOptions) => Promise<PreviewFrontendHandle>;
  /** Resolves when the server should stop; default: on SIGINT or SIGTERM. */
  waitForStop?: (server: PreviewServer) => Promise<void>;
}

/** What the command line says about the page. */
export interface PreviewFrontendOptions {
  /** `--csp`: the page's Content-Security-Policy instead of the default; `false` for none. */
  readonly contentSecurityPolicy?: string | false;
}

const DEFAULT_PORT = 5005;

/** `skjema preview`: starts the server, prints where and how to sign in, and runs until stopped. Returns the exit code. */
export async function runPreview(
  argv: string[],
  out: (line: string) => void,
  err: (line: string) => void,
  services: PreviewServices = {},
): Promise<number> {
  if (argv[0] === 'backup') return runPreviewBackup(argv.slice(1), out, err);
  if (argv[0] === 'restore') return runPreviewRestore(argv.slice(1), out, err);
  const parsed = parseAppCommand(
    'preview',
    argv,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      processor: { type: 'string', multiple: true },
      users: { type: 'string' },
      csp: { type: 'string' },
      clamd: { type: 'string' },
      'no-watch': { type: 'boolean' },
      'log-format': { type: 'string' },
    },
    PREVIEW_USAGE,
    out,
    err,
    true,
  );
  if (typeof parsed === 'number') return parsed;
  const { roots, values } = parsed;
  const processors = processorsOfApps(roots, values.processor ?? []);
  if (typeof processors === 'string') {
    err(processors);
    return 2;
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    err(`--port must be a number from 0 to 65535, not "${values.port}".`);
    return 2;
  }
  const logFormat = values['log-format'] ?? 'human';
  if (!isLogFormat(logFormat)) {
    err(`--log-format must be ${LOG_FORMATS.join(' or ')}, not "${logFormat}".`);
    return 2;
  }
  let server: PreviewServer;
  // Requests that arrive before the frontend is made fall through to the API's 404.
  let created: PreviewFrontendHandle | undefined;
  const frontend =
    services.frontend ??
    (services.createFrontend
      ? (req: IncomingMessage, res: ServerResponse) => created?.handle(req, res) ?? false
      : undefined);
  try {
    server = await startPreviewServer({
      apps: roots.map((appDir) => ({ appDir, processor: processors.get(appDir) })),
      port,
      host: values.host,
      dataDir: values.data,
      usersFile: values.users,
      scanner: values.clamd ?? (process.env.SKJEMA_CLAMD || undefined),
      frontend,
      watch: !values['no-watch'],
      log: out,
      logFormat,
    });
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    const hint =
      code === 'EACCES' || code === 'EROFS' || code === 'EPERM' || code === 'ENOTDIR'
        ? ' The data folder cannot be written; choose another with --data <dir>.'
        : code === 'EADDRINUSE'
          ? ' Another program uses the port; choose another with --port <n> (0: any free one).'
          : '';
    err(`Could not start the preview: ${error instanceof Error ? error.message : String(error)}.${hint}`);
    return 1;
  }
  if (!services.frontend && services.createFrontend) {
    try {
      const csp = values.csp;
      created = await services.createFrontend(server, {
        contentSecurityPolicy: csp === undefined ? undefined : csp.trim().toLowerCase() === 'none' ? false : csp,
      });
    } catch (error) {
      err(
        `The browser page could not start (the API still runs): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  for (const line of describeStart(server)) out(line);
  if (created) out(`  browser: ${server.url}/`);
  out('Press Ctrl+C to stop.');
  await (services.waitForStop ?? untilSignal)(server);
  await created?.close();
  await server.close();
  return 0;
}

function isLogFormat(value: string): value is LogFormat {
  return (LOG_FORMATS as readonly string[]).includes(value);
}

/**
 * Which processor module each app gets: `--processor <file>` is the one app's; with several apps
 * each is `<appDir>=<file>`. Returns what is wrong with the options as a message.
 */
function processorsOfApps(roots: readonly string[], given: readonly string[]): Map<string, string> | string {
  const processors = new Map<string, string>();
  for (const value of given) {
    const split = value.indexOf('=');
    const folder = split > 0 ? resolve(value.slice(0, split)) : undefined;
    const appDir = folder !== undefined && roots.includes(folder) ? folder : roots.length === 1 ? roots[0] : undefined;
    if (appDir === undefined)
      return `--processor ${value}: with several apps, say whose hooks these are: --processor <appDir>=<file>, with <appDir> one of ${roots.join(', ')}.`;
    if (processors.has(appDir)) return `--processor: ${appDir} is given two processor modules; give it one.`;
    processors.set(appDir, appDir === folder ? value.slice(split + 1) : value);
  }
  return processors;
}

function untilSignal(): Promise<void> {
  return new Promise((resolveStop) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
