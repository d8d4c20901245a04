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
import { describeServedApp } from './inbox/indexedApp.ts';
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
import { PreviewStore } from './storage/store.ts';
import { resolveTestUsers } from './testUsers.ts';
import type { FileScanResult } from '../wire/dataElement.ts';
import type { FileScanner } from './scan/fileScanner.ts';
import { startFileScans } from './scan/fileScans.ts';
import type { StoredScanResult } from './scan/scanQueue.ts';
import { ValidatorModules } from './validators/validatorModules.ts';

export interface PreviewServerOptions {
  /** The app folder (the one holding `App/`), v8 or v9. */
  readonly appDir: string;
  /** Default 0: any free port. */
  readonly port?: number;
  /** Default 127.0.0.1, so the server is not reachable from other machines unless asked. */
  readonly host?: string;
  /** Where the SQLite database and token key live; default `<appDir>/.skjema-preview`. */
  readonly dataDir?: string;
  /** Data processing hooks: a module file (`--processor`) or the hooks themselves. */
  readonly processor?: string | PreviewProcessor;
  /**
   * Serves what is not the app API (`/`, the browser app's files). Return true when it answered;
   * false falls through to a 404.
   */
  readonly frontend?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;
  /** Test users and parties; default: `usersFile`, else the app's `App/testData.json`, else localtest's. */
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

export interface PreviewServer {
  /** `http://host:port`. */
  readonly url: string;
  /** `http://host:port/{org}/{app}`: the base of the app API. */
  readonly appUrl: string;
  readonly dataDir: string;
  /** The test users it signs in, and where they came from. */
  readonly users: TestUsers;
  readonly usersSource: string;
  /** The app's events receiver with its secret code: the `endPoint` for subscriptions whose events the processor's `handleEvent` gets. */
  readonly eventsReceiverUrl: string;
  /** What the start banner says about virus scanning (off, on with which scanner, or not answering). */
  readonly fileScanning: string;
  /** The app as currently loaded (it is replaced when files change). */
  app(): PreviewApp;
  /** Re-reads the app's files now (what the file watcher does after a change). */
  reload(): Promise<PreviewApp>;
  /** Stops listening, ends event streams and closes the database. */
  close(): Promise<void>;
}

/** Starts a local stand-in for an Altinn app backend over an app folder, with SQLite storage. */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const appDir = resolve(options.appDir);
  const dataDir = resolve(options.dataDir ?? join(appDir, '.skjema-preview'));
  const log = options.log ?? ((message: string) => console.log(message));
  let app = await loadPreviewApp(appDir);
  const processor =
    typeof options.processor === 'string' ? await loadProcessor(options.processor) : (options.processor ?? {});
  const { users, source: usersSource } = options.users
    ? { users: options.users, source: 'given' }
    : await resolveTestUsers(appDir, options.usersFile, log);
  const store = new PreviewStore(dataDir, { describeApp: describeServedApp(() => app) });
  const events = new EventChannel();
  const queue = new InstanceQueue();
  let origin = '';
  let boundAddress = '';
  const now = () => new Date();
  const delegations = new DelegationStore(store.database(), () => `${app.org}/${app.app}`);
  const auth = withDelegations(createAuthGate({ dataDir, users, app: () => app, now }), {
    store: delegations,
    users,
    app: () => app,
  });
  const monitor = new PreviewMonitor(options.logFormat === 'json' ? createJsonLogger(log) : undefined, log);
  const fileScans = await startFileScans({
    scanner: options.scanner,
    fixedResult: options.fileScan,
    store,
    serial: (instanceId, work) => queue.run(instanceId, work),
    log,
    appScansFiles: app.dataTypes.some((type) => type.enableFileScan),
    onResult: (scan) => {
      monitor.fileScanned(scan.instanceId, scan.dataElementId, scan.result);
      options.onFileScanResult?.(scan);
    },
  });
  const context: ServerContext = {
    app: () => app,
    store,
    processor,
    auth: monitor.observeAuthentication(auth),
    users,
    now,
    fileScan: (dataType) => fileScans.initialResult(dataType),
    startFileScans: (instanceId) => fileScans.startScans(instanceId),
    serial: (instanceId, work) => queue.run(instanceId, work),
    busyInstances: new Set(),
    origin: () => origin,
    log,
    monitor,
  };

  const root = new Router();
  registerLoginRoutes(root, context);
  registerMonitoringRoutes(root, context, () => isLoopbackAddress(boundAddress));
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
  const appEvents = new AppEvents(context, users, options.eventDelivery);
  const eventsReceiverCode = receiverCode(dataDir);
  registerEventRoutes(root, context, appEvents, users);
  registerEventReceiverRoute(api, context, eventsReceiverCode);
  registerAnalyticsRoutes(api, context);
  registerInboxRoutes(api, context);

  const handle = async (req: IncomingMessage, res: ServerResponse, tracked: TrackedRequest) => {
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    const method = req.method ?? 'GET';
    if (url.pathname === '/__skjema/events') {
      tracked.route = '/__skjema/events';
      events.open(res);
      return;
    }
    const prefix = `/${app.org}/${app.app}`;
    const inApp =
      url.pathname.toLowerCase() === prefix.toLowerCase() ||
      url.pathname.toLowerCase().startsWith(`${prefix.toLowerCase()}/`);
    const router = inApp ? api : root;
    const path = inApp ? url.pathname.slice(prefix.length) : url.pathname;
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
    throw new HttpProblem(404, 'Not Found', `No route for ${method} ${url.pathname}. The app API is under ${prefix}/.`);
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

  const reload = async () => {
    app = await loadPreviewApp(appDir);
    return app;
  };
  const stopWatching =
    options.watch === false
      ? () => {}
      : watchApp(appDir, (files) => {
          reload()
            .then((loaded) => {
              log(`App files changed (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}); reloaded.`);
              for (const diagnostic of loaded.diagnostics.filter((d) => d.severity === 'error'))
                log(formatDiagnostic(diagnostic));
              events.send('app-changed', { files });
            })
            .catch((error: unknown) =>
              log(`error: reloading the app failed: ${error instanceof Error ? error.message : String(error)}`),
            );
        });

  return {
    url: origin,
    get appUrl() {
      return `${origin}/${app.org}/${app.app}`;
    },
    dataDir,
    users,
    usersSource,
    get eventsReceiverUrl() {
      return `${origin}/${app.org}/${app.app}/api/v1/eventsreceiver?code=${eventsReceiverCode}`;
    },
    fileScanning: fileScans.banner,
    app: () => app,
    reload,
    async close() {
      stopWatching();
      events.closeAll();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await appEvents.close();
      await fileScans.close();
      store.close();
    },
  };
}
