import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { formatDiagnostic } from '../core/diagnostics.ts';
import { loadPreviewApp, type PreviewApp } from './app/previewApp.ts';
import { watchApp } from './appWatcher.ts';
import type { TestUsers } from './auth/users.ts';
import { createAuthGate } from './authGate.ts';
import { EventChannel } from './events.ts';
import { AppEvents, type EventDeliveryOptions } from './events/appEvents.ts';
import { receiverCode } from './events/receiver.ts';
import { InstanceQueue } from './instances/instanceQueue.ts';
import { describeServedApps } from './inbox/indexedApp.ts';
import { HttpProblem } from './http/problem.ts';
import { sendProblem } from './http/response.ts';
import { Router } from './http/router.ts';
import { loadProcessor, type PreviewProcessor } from './processor.ts';
import { registerCopyRoutes } from './routes/copy.ts';
import { registerDataRoutes } from './routes/data.ts';
import { registerDelegationRoutes } from './routes/delegation.ts';
import { registerPartyActionRoutes } from './routes/partyActions.ts';
import { DelegationStore } from './delegation/delegationStore.ts';
import { withDelegations } from './delegation/delegatingAuthGate.ts';
import { registerEventReceiverRoute, registerEventRoutes } from './routes/events.ts';
import { registerAnalyticsRoutes } from './routes/analytics.ts';
import { isLoopbackAddress, registerMonitoringRoutes } from './routes/monitoring.ts';
import { createJsonLogger, type LogFormat } from './monitoring/jsonLog.ts';
import { PreviewMonitor, type TrackedRequest } from './monitoring/monitor.ts';
import { registerInboxRoutes } from './routes/inbox.ts';
import { registerStatelessRoutes } from './routes/stateless.ts';
import { registerInstanceRoutes } from './routes/instances.ts';
import { registerProcessRoutes } from './routes/process.ts';
import { registerReplaceFileRoutes } from './routes/replaceFile.ts';
import { registerResourceRoutes } from './routes/resources.ts';
import { registerLoginRoutes, registerUserRoutes, setXsrfCookie } from './routes/users.ts';
import { registerValidatorRoutes } from './routes/validators.ts';
import type { ServerContext } from './serverContext.ts';
import { appStore } from './storage/appStore.ts';
import { PreviewStore } from './storage/store.ts';
import { resolveTestUsers } from './testUsers.ts';
import type { FileScanResult } from '../wire/dataElement.ts';
import type { FileScanner } from './scan/fileScanner.ts';
import { startFileScans } from './scan/fileScans.ts';
import type { StoredScanResult } from './scan/scanQueue.ts';
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
  /**
   * Scans files of data types with `enableFileScan` (`--clamd`): a clamd address (`host:port` or
   * a Unix socket path) or a scanner. Files are Pending until scanned; `fileScan` is then unused.
   */
  readonly scanner?: FileScanner | string;
  /** Hears each scan verdict once it is stored (for metrics, or a test). */
  readonly onFileScanResult?: (result: StoredScanResult) => void;
  /** Where start-up and reload messages go; default console.log. */
  readonly log?: (message: string) => void;
  /** Reload when app files change (default true). */
  readonly watch?: boolean;
  /** How events are delivered to subscriptions: retry schedule, timeout, concurrency. */
  readonly eventDelivery?: EventDeliveryOptions;
  /** `json`: one JSON line per request and event through `log` (pino); default `human`, no request lines. */
  readonly logFormat?: LogFormat;
}

/** One app a server runs. */
export interface PreviewServerApp {
  /** `{org}/{app}`, as in the app's metadata. */
  readonly id: string;
  readonly appDir: string;
  /** `http://host:port/{org}/{app}`: the base of this app's API. */
  readonly appUrl: string;
  /** This app's events receiver with its secret code: the `endPoint` for subscriptions whose events its processor's `handleEvent` gets. */
  readonly eventsReceiverUrl: string;
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
  /** The (first) app's events receiver with its secret code (each app's is in `apps()`). */
  readonly eventsReceiverUrl: string;
  /** What the start banner says about virus scanning (off, on with which scanner, or not answering). */
  readonly fileScanning: string;
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
  let mounted: Mounted[] = [];
  // The index is filled at open, before the apps are mounted: it reads the apps as loaded until then.
  const servedApps = () => (mounted.length > 0 ? mounted.map(({ app }) => app()) : loaded);
  const store = new PreviewStore(dataDir, { describeApp: describeServedApps(servedApps) });
  const events = new EventChannel();
  const queue = new InstanceQueue();
  const busyInstances = new Set<string>();
  let origin = '';
  let boundAddress = '';
  const now = () => new Date();
  const monitor = new PreviewMonitor(options.logFormat === 'json' ? createJsonLogger(log) : undefined, log);
  // One scanner and one queue for every app: a file is scanned once, whichever app it belongs to.
  const fileScans = await startFileScans({
    scanner: options.scanner,
    fixedResult: options.fileScan,
    store,
    serial: (instanceId, work) => queue.run(instanceId, work),
    log,
    appScansFiles: loaded.some((app) => app.dataTypes.some((type) => type.enableFileScan)),
    onResult: (scan) => {
      monitor.fileScanned(scan.instanceId, scan.dataElementId, scan.result);
      options.onFileScanResult?.(scan);
    },
  });
  const eventsReceiverCode = receiverCode(dataDir);

  // Each app has its own context, policy, delegations and routes over the one store, queue and token key.
  const mount = (index: number): Mounted => {
    let app = loaded[index]!;
    const processor = processors[index]!;
    const scopedStore = appStore(store, () => appId(app));
    const delegations = new DelegationStore(store.database(), () => appId(app));
    const auth = withDelegations(createAuthGate({ dataDir, users, app: () => app, now }), {
      store: delegations,
      users,
      app: () => app,
    });
    const context: ServerContext = {
      app: () => app,
      store: scopedStore,
      processor,
      auth: monitor.observeAuthentication(auth),
      users,
      now,
      fileScan: (dataType) => fileScans.initialResult(dataType),
      startFileScans: (instanceId) => fileScans.startScans(instanceId),
      serial: (instanceId, work) => queue.run(instanceId, work),
      busyInstances,
      origin: () => origin,
      log,
      monitor,
    };
    const api = new Router();
    registerUserRoutes(api, context);
    registerResourceRoutes(api, context);
    registerInstanceRoutes(api, context);
    registerDataRoutes(api, context);
    registerStatelessRoutes(api, context);
    registerProcessRoutes(api, context);
    registerDelegationRoutes(api, context, { store: delegations, auth, users });
    registerPartyActionRoutes(api, context);
    registerCopyRoutes(api, context);
    registerReplaceFileRoutes(api, context);
    const validators = new ValidatorModules(log);
    registerValidatorRoutes(api, context, validators);
    registerEventReceiverRoute(api, context, eventsReceiverCode);
    registerAnalyticsRoutes(api, context);
    registerInboxRoutes(api, context);
    const reload = async () => {
      app = await loadPreviewApp(app.appDir);
      return app;
    };
    return { context, api, app: () => app, reload };
  };
  mounted = entries.map((_entry, index) => mount(index));
  const contexts = mounted.map(({ context }) => context);

  const root = new Router();
  registerLoginRoutes(root, contexts[0]!);
  registerMonitoringRoutes(root, contexts[0]!, () => isLoopbackAddress(boundAddress));
  // One events component for the server, as the platform has one for all apps: it hears every
  // commit of the shared store once, and asks each instance's own app whether a consumer may read it.
  const appEvents = new AppEvents(contexts[0]!, users, options.eventDelivery, (id) =>
    contexts.find((context) => appId(context.app()) === id),
  );
  registerEventRoutes(root, () => contexts, appEvents, users);

  const handle = async (req: IncomingMessage, res: ServerResponse, tracked: TrackedRequest) => {
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    const method = req.method ?? 'GET';
    if (url.pathname === '/__skjema/events') {
      tracked.route = '/__skjema/events';
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
    const prefix = target ? `/${target.app().org}/${target.app().app}` : '';
    const path = url.pathname.slice(prefix.length);
    // The app's own address is the browser app's page in a real deployment; the frontend may serve it.
    const appPage = inApp && (path === '' || path === '/') && (method === 'GET' || method === 'HEAD');
    if (appPage && options.frontend) {
      tracked.route = 'frontend';
      setXsrfCookie(res);
      if (await options.frontend(req, res)) return;
    }
    const match = router.match(method, path);
    if (match && 'handler' in match) {
      tracked.route = inApp ? `${prefix}/${match.pattern}` : `/${match.pattern}`;
      tracked.params = match.params;
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
    if (!inApp && options.frontend) tracked.route = 'frontend';
    if (!inApp && options.frontend && (await options.frontend(req, res))) return;
    tracked.route = 'unmatched';
    const prefixes = mounted.map(({ app }) => `/${app().org}/${app().app}/`);
    throw new HttpProblem(
      404,
      'Not Found',
      `No route for ${method} ${url.pathname}. The app API is under ${prefixes.join(' and ')}.`,
    );
  };

  const server = createServer((req, res) => {
    const tracked = monitor.start(req);
    handle(req, res, tracked).then(
      () => tracked.done(res.statusCode),
      (error: unknown) => {
        if (res.headersSent) {
          res.destroy();
          tracked.done(res.statusCode, error);
          return;
        }
        if (error instanceof HttpProblem) {
          sendProblem(res, error.body);
          tracked.done(error.status, error);
          return;
        }
        const message = error instanceof Error ? error.message : String(error);
        monitor.error(
          { method: req.method ?? 'GET', url: req.url ?? '/', route: tracked.route },
          error instanceof Error ? (error.stack ?? message) : message,
        );
        sendProblem(res, new HttpProblem(500, 'Internal Server Error', message).body);
        tracked.done(500, error);
      },
    );
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
    await fileScans.close();
    store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  boundAddress = address.address;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${host}:${address.port}`;
  appEvents.start();

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
    get eventsReceiverUrl() {
      return `${origin}/${app().org}/${app().app}/api/v1/eventsreceiver?code=${eventsReceiverCode}`;
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
    get eventsReceiverUrl() {
      return apps[0]!.eventsReceiverUrl;
    },
    fileScanning: fileScans.banner,
    app: () => mounted[0]!.app(),
    apps: () => apps,
    reload: () => mounted[0]!.reload(),
    async close() {
      for (const stopWatching of watchers) stopWatching();
      events.closeAll();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await appEvents.close();
      await fileScans.close();
      store.close();
    },
  };
}

/** One app as the server runs it: its context, its API routes, and its files (re-read on change). */
interface Mounted {
  readonly context: ServerContext;
  readonly api: Router;
  app(): PreviewApp;
  reload(): Promise<PreviewApp>;
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
