import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { formatDiagnostic } from '../core/diagnostics.ts';
import { loadPreviewApp, type PreviewApp } from './app/previewApp.ts';
import { watchApp } from './appWatcher.ts';
import type { TestUsers } from './auth/users.ts';
import { createAuthGate } from './authGate.ts';
import { EventChannel } from './events.ts';
import { InstanceQueue } from './instances/instanceQueue.ts';
import { HttpProblem } from './http/problem.ts';
import { sendProblem } from './http/response.ts';
import { Router } from './http/router.ts';
import { loadProcessor, type PreviewProcessor } from './processor.ts';
import { registerDataRoutes } from './routes/data.ts';
import { registerStatelessRoutes } from './routes/stateless.ts';
import { registerInstanceRoutes } from './routes/instances.ts';
import { registerProcessRoutes } from './routes/process.ts';
import { registerResourceRoutes } from './routes/resources.ts';
import { registerLoginRoutes, registerUserRoutes, setXsrfCookie } from './routes/users.ts';
import { registerValidatorRoutes } from './routes/validators.ts';
import type { ServerContext } from './serverContext.ts';
import { appStore } from './storage/appStore.ts';
import { PreviewStore } from './storage/store.ts';
import { resolveTestUsers } from './testUsers.ts';
import type { FileScanResult } from '../wire/dataElement.ts';
import { ValidatorModules } from './validators/validatorModules.ts';

/** One app of a server that runs several (`skjema preview appA appB`), with its own processing hooks. */
export interface PreviewAppOptions {
  /** The app folder (the one holding `App/`), v8 or v9. */
  readonly appDir: string;
  /** Data processing hooks for this app: a module file or the hooks themselves. */
  readonly processor?: string | PreviewProcessor;
}

export interface PreviewServerOptions {
  /** The app folder (the one holding `App/`), v8 or v9. Give this or `apps`. */
  readonly appDir?: string;
  /**
   * Several apps in one server, as the platform hosts many: each under its own `/{org}/{app}/`,
   * sharing the port, the data folder (one database), the token key and the test users.
   */
  readonly apps?: readonly PreviewAppOptions[];
  /** Default 0: any free port. */
  readonly port?: number;
  /** Default 127.0.0.1, so the server is not reachable from other machines unless asked. */
  readonly host?: string;
  /** Where the SQLite database and token key live; default `<appDir>/.skjema-preview` (of the first app). */
  readonly dataDir?: string;
  /** Data processing hooks of `appDir`: a module file (`--processor`) or the hooks themselves. */
  readonly processor?: string | PreviewProcessor;
  /**
   * Serves what is not the app API (`/`, the browser app's files). Return true when it answered;
   * false falls through to a 404.
   */
  readonly frontend?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;
  /** Test users and parties; default: `usersFile`, else the (first) app's `App/testData.json`, else localtest's. */
  readonly users?: TestUsers;
  /** A test users file in localtest's `testData.json` shape. */
  readonly usersFile?: string;
  /** Outcome of the file scan for data types with `enableFileScan`; default `Clean`. */
  readonly fileScan?: (dataType: string) => FileScanResult;
  /** Where start-up and reload messages go; default console.log. */
  readonly log?: (message: string) => void;
  /** Reload when app files change (default true). */
  readonly watch?: boolean;
}

/** One app a server runs. */
export interface PreviewServerApp {
  /** `{org}/{app}`, as in the app's metadata. */
  readonly id: string;
  readonly appDir: string;
  /** `http://host:port/{org}/{app}`: the base of this app's API. */
  readonly appUrl: string;
  /** The app as currently loaded (it is replaced when files change). */
  app(): PreviewApp;
  /** Re-reads this app's files now. */
  reload(): Promise<PreviewApp>;
}

export interface PreviewServer {
  /** `http://host:port`. */
  readonly url: string;
  /** `http://host:port/{org}/{app}`: the base of the (first) app's API. */
  readonly appUrl: string;
  readonly dataDir: string;
  /** The test users it signs in, and where they came from. */
  readonly users: TestUsers;
  readonly usersSource: string;
  /** The (first) app as currently loaded (it is replaced when files change). */
  app(): PreviewApp;
  /** Every app the server runs, in the order given. */
  apps(): readonly PreviewServerApp[];
  /** Re-reads the (first) app's files now (what the file watcher does after a change). */
  reload(): Promise<PreviewApp>;
  /** Stops listening, ends event streams and closes the database. */
  close(): Promise<void>;
}

/** Starts a local stand-in for an Altinn app backend over one or several app folders, with SQLite storage. */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const entries = appEntries(options);
  const appDir = entries[0]!.appDir;
  const dataDir = resolve(options.dataDir ?? join(appDir, '.skjema-preview'));
  const log = options.log ?? ((message: string) => console.log(message));
  const loaded = await Promise.all(entries.map((entry) => loadPreviewApp(entry.appDir)));
  assertDistinctApps(loaded);
  const processors = await Promise.all(
    entries.map((entry) =>
      typeof entry.processor === 'string' ? loadProcessor(entry.processor) : (entry.processor ?? {}),
    ),
  );
  const { users, source: usersSource } = options.users
    ? { users: options.users, source: 'given' }
    : await resolveTestUsers(appDir, options.usersFile, log);
  const store = new PreviewStore(dataDir);
  const events = new EventChannel();
  const queue = new InstanceQueue();
  const busyInstances = new Set<string>();
  let origin = '';
  const now = () => new Date();

  // Each app has its own context and routes over the one store, queue and token key.
  const mount = (index: number) => {
    let app = loaded[index]!;
    const processor = processors[index]!;
    const context: ServerContext = {
      app: () => app,
      store: appStore(store, () => appId(app)),
      processor,
      auth: createAuthGate({ dataDir, users, app: () => app, now }),
      now,
      fileScan: options.fileScan ?? (() => 'Clean'),
      serial: (instanceId, work) => queue.run(instanceId, work),
      busyInstances,
      origin: () => origin,
      log,
    };
    const api = new Router();
    registerUserRoutes(api, context);
    registerResourceRoutes(api, context);
    registerInstanceRoutes(api, context);
    registerDataRoutes(api, context);
    registerStatelessRoutes(api, context);
    registerProcessRoutes(api, context);
    const validators = new ValidatorModules(log);
    registerValidatorRoutes(api, context, validators);
    const reload = async () => {
      app = await loadPreviewApp(app.appDir);
      return app;
    };
    return { context, api, app: () => app, reload };
  };
  const mounted = entries.map((_entry, index) => mount(index));

  const root = new Router();
  registerLoginRoutes(root, mounted[0]!.context);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    const method = req.method ?? 'GET';
    if (url.pathname === '/__skjema/events') {
      events.open(res);
      return;
    }
    const lowerPath = url.pathname.toLowerCase();
    const target = mounted.find(({ app }) => {
      const prefix = `/${app().org}/${app().app}`.toLowerCase();
      return lowerPath === prefix || lowerPath.startsWith(`${prefix}/`);
    });
    const inApp = target !== undefined;
    const router = target ? target.api : root;
    const path = target ? url.pathname.slice(`/${target.app().org}/${target.app().app}`.length) : url.pathname;
    // The app's own address is the browser app's page in a real deployment; the frontend may serve it.
    const appPage = inApp && (path === '' || path === '/') && (method === 'GET' || method === 'HEAD');
    if (appPage && options.frontend) {
      setXsrfCookie(res);
      if (await options.frontend(req, res)) return;
    }
    const match = router.match(method, path);
    if (match && 'handler' in match) {
      await match.handler({ req, res, url, params: match.params });
      return;
    }
    if (match && 'allowed' in match) {
      res.setHeader('allow', match.allowed.join(', '));
      throw new HttpProblem(
        405,
        'Method Not Allowed',
        `${method} is not supported on ${url.pathname}; use ${match.allowed.join(' or ')}.`,
      );
    }
    if (!inApp && options.frontend && (await options.frontend(req, res))) return;
    const prefixes = mounted.map(({ app }) => `/${app().org}/${app().app}/`);
    throw new HttpProblem(
      404,
      'Not Found',
      `No route for ${method} ${url.pathname}. The app API is under ${prefixes.join(' and ')}.`,
    );
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpProblem) {
        sendProblem(res, error.body);
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      log(`error: ${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? message) : message}`);
      sendProblem(res, new HttpProblem(500, 'Internal Server Error', message).body);
    });
  });

  try {
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolveListen();
      });
    });
  } catch (error) {
    store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${host}:${address.port}`;

  const watchers =
    options.watch === false
      ? []
      : mounted.map(({ app, reload }) =>
          watchApp(app().appDir, (files) => {
            reload()
              .then((reloaded) => {
                const id = `${reloaded.org}/${reloaded.app}`;
                log(
                  `${mounted.length > 1 ? `${id}: app` : 'App'} files changed (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}); reloaded.`,
                );
                for (const diagnostic of reloaded.diagnostics.filter((d) => d.severity === 'error'))
                  log(formatDiagnostic(diagnostic));
                const twin = mounted.find((other) => other.app() !== reloaded && appId(other.app()) === id);
                if (twin)
                  log(
                    `error: ${reloaded.appDir} is now ${id}, as ${twin.app().appDir} is; requests to /${id}/ go to the one given first.`,
                  );
                events.send('app-changed', { app: id, files });
              })
              .catch((error: unknown) =>
                log(`error: reloading the app failed: ${error instanceof Error ? error.message : String(error)}`),
              );
          }),
        );

  const apps: PreviewServerApp[] = mounted.map(({ app, reload }) => ({
    get id() {
      return appId(app());
    },
    appDir: app().appDir,
    get appUrl() {
      return `${origin}/${app().org}/${app().app}`;
    },
    app,
    reload,
  }));

  return {
    url: origin,
    get appUrl() {
      return apps[0]!.appUrl;
    },
    dataDir,
    users,
    usersSource,
    app: () => mounted[0]!.app(),
    apps: () => apps,
    reload: () => mounted[0]!.reload(),
    async close() {
      for (const stopWatching of watchers) stopWatching();
      events.closeAll();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      store.close();
    },
  };
}

function appId(app: PreviewApp): string {
  return `${app.org}/${app.app}`;
}

/** The apps to run, from `apps` or `appDir` (one of them), with their folders resolved. */
function appEntries(options: PreviewServerOptions): { appDir: string; processor?: string | PreviewProcessor }[] {
  if (options.apps !== undefined && options.appDir !== undefined)
    throw new Error('Give the preview server appDir (one app) or apps (several), not both.');
  const entries =
    options.apps ?? (options.appDir === undefined ? [] : [{ appDir: options.appDir, processor: options.processor }]);
  if (entries.length === 0)
    throw new Error('The preview server needs an app folder (appDir) or a list of apps (apps).');
  return entries.map((entry) => ({ appDir: resolve(entry.appDir), processor: entry.processor }));
}

/** Two apps with one `{org}/{app}` would share one address; refuse to start rather than hide one. */
function assertDistinctApps(apps: readonly PreviewApp[]): void {
  const seen = new Map<string, PreviewApp>();
  for (const app of apps) {
    const id = appId(app);
    const earlier = seen.get(id);
    if (earlier)
      throw new Error(
        `${earlier.appDir} and ${app.appDir} are both the app ${id}; each app in one preview needs its own id ("id" in App/config/applicationmetadata.json)`,
      );
    seen.set(id, app);
  }
}
