import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { FileScanResult } from '../../wire/dataElement.ts';
import { HttpProblem } from '../http/problem.ts';
import type { RouteParams } from '../http/router.ts';
import type { AuthGate } from '../serverContext.ts';
import { PreviewMetrics } from './metrics.ts';

/** What the server learns about a request while it dispatches it. */
export interface TrackedRequest {
  /** The route's pattern once the router matched one; `frontend`, `events` or `unmatched` otherwise. */
  route: string;
  params: RouteParams;
  /** Ends the measurement: counts it, and logs one line in JSON mode. */
  done(status: number, error?: unknown): void;
}

/** The title the PATCH routes answer a failed JSON Patch `test` with (a save conflict). */
const SAVE_CONFLICT_TITLE = 'Precondition in patch failed';
const FORM_DATA_PATCH = /\/instances\/:party\/:guid\/data(\/:id)?$/;

/**
 * The service owner's view of the server: Prometheus metrics always, and a JSON log (pino) when
 * asked for. Routes report what happened through it (`instanceCreated`, `processMoved`, …);
 * saves and conflicts are read off the PATCH requests' outcomes in one place.
 */
export class PreviewMonitor {
  readonly metrics = new PreviewMetrics();
  private readonly users = new WeakMap<IncomingMessage, number>();

  constructor(
    /** The JSON logger, or undefined for the human log (which has no request lines). */
    private readonly logger: Logger | undefined,
    private readonly log: (message: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The auth gate, remembering which user a request authenticated as, for the request log. */
  observeAuthentication(gate: AuthGate): AuthGate {
    return {
      ...gate,
      authenticate: async (req) => {
        const user = await gate.authenticate(req);
        if (user) this.users.set(req, user.userId);
        return user;
      },
    };
  }

  start(req: IncomingMessage): TrackedRequest {
    const started = this.now();
    const method = req.method ?? 'GET';
    const tracked: TrackedRequest = {
      route: 'unmatched',
      params: {},
      done: (status, error) => {
        const seconds = (this.now() - started) / 1000;
        this.metrics.request({ method, route: tracked.route, status, seconds });
        if (method === 'PATCH' && FORM_DATA_PATCH.test(tracked.route)) {
          if (status === 200) this.metrics.save('saved');
          else if (error instanceof HttpProblem && error.body.title === SAVE_CONFLICT_TITLE)
            this.metrics.save('conflict');
        }
        this.logger?.info(
          {
            method,
            route: tracked.route,
            status,
            durationMs: Math.round(seconds * 1000 * 10) / 10,
            instanceId: instanceIdOf(tracked.params),
            userId: this.users.get(req),
          },
          'request',
        );
      },
    };
    return tracked;
  }

  instanceCreated(instanceId: string): void {
    this.metrics.instanceCreated();
    this.logger?.info({ event: 'instance.created', instanceId }, 'instance created');
  }

  instanceDeleted(instanceId: string, kind: 'soft' | 'hard'): void {
    this.metrics.instanceDeleted(kind);
    this.logger?.info({ event: 'instance.deleted', instanceId, kind }, 'instance deleted');
  }

  processMoved(instanceId: string, from: string, to: string | undefined): void {
    this.metrics.processMoved(from, to);
    this.logger?.info({ event: 'process.moved', instanceId, from, to: to ?? 'end' }, 'process moved');
  }

  validationFailed(instanceId: string, task: string, issues: readonly { readonly severity?: unknown }[]): void {
    this.metrics.validationFailed(task, issues);
    this.logger?.info(
      { event: 'validation.failed', instanceId, task, issues: issues.length },
      'process/next refused: the task did not validate',
    );
  }

  /** Call whenever a data element's `fileScanResult` is set (on upload, and when a scan finishes). */
  fileScanned(instanceId: string, dataElementId: string, result: FileScanResult): void {
    this.metrics.fileScanned(result);
    this.logger?.info({ event: 'file.scanned', instanceId, dataElementId, result }, 'file scan result');
  }

  /**
   * A failure the server could not answer with a ProblemDetails of its own. The human log names
   * the address as requested; the JSON log names the route, so no query string reaches a collector.
   */
  error(request: { method: string; url: string; route: string }, detail: string): void {
    if (this.logger) this.logger.error({ method: request.method, route: request.route, detail }, 'request failed');
    else this.log(`error: ${request.method} ${request.url}: ${detail}`);
  }
}

function instanceIdOf(params: RouteParams): string | undefined {
  return params.party !== undefined && params.guid !== undefined ? `${params.party}/${params.guid}` : undefined;
}
