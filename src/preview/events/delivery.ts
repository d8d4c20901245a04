import { randomUUID } from 'node:crypto';
import { VALIDATE_SUBSCRIPTION_TYPE } from './cloudEvent.ts';
import type { DueDelivery, DueValidation, EventStore } from './eventStore.ts';

export interface DeliveryOptions {
  /**
   * Wait before retry n (ms); after the last one a delivery is given up (state `failed`). The
   * platform waits 10 s, 30 s, 1 min, 5 min, 10 min, 30 min, 1 h, 3 h, 6 h and 12 h (platform §6.4);
   * the preview's default is short, so a developer sees a retry while looking.
   */
  readonly retryDelaysMs?: readonly number[];
  /** An attempt that takes longer fails (default 10 s; the platform's is 45 s). */
  readonly timeoutMs?: number;
  /** Deliveries under way at once, each to a different subscription and instance (default 4). */
  readonly concurrency?: number;
  /** Where the base of the events API is, for the validation event's `source`. */
  readonly eventsApi: () => string;
  readonly log: (message: string) => void;
}

export const PREVIEW_RETRY_DELAYS_MS: readonly number[] = [
  1_000, 2_000, 5_000, 10_000, 30_000, 60_000, 300_000, 600_000,
];

/**
 * Sends what the outbox owes: one POST per event and subscription, any 2xx is success, anything
 * else (or no answer) is retried after the next delay of the schedule. Per subscription and
 * instance only the earliest undelivered event is sent, so events arrive in order per instance.
 * What it has not delivered stays in SQLite, so a restarted server goes on where it stopped;
 * an event whose answer was lost is sent again with the same `id` (at least once).
 */
export class DeliveryWorker {
  private readonly retryDelays: readonly number[];
  private readonly timeoutMs: number;
  private readonly concurrency: number;
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly aborts = new Set<AbortController>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly store: EventStore,
    private readonly options: DeliveryOptions,
  ) {
    this.retryDelays = options.retryDelaysMs ?? PREVIEW_RETRY_DELAYS_MS;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.concurrency = Math.max(1, options.concurrency ?? 4);
  }

  /** Looks for work now (after a write recorded events, or a subscription was made). */
  wake(): void {
    if (this.closed) return;
    setImmediate(() => this.fill());
  }

  /** Stops sending; attempts under way are abandoned and will be made again after a restart. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    for (const abort of this.aborts) abort.abort();
    await Promise.allSettled([...this.inFlight.values()]);
  }

  private fill(): void {
    if (this.closed) return;
    const now = Date.now();
    const free = () => this.concurrency - this.inFlight.size;
    if (free() > 0) {
      for (const validation of this.store.dueValidations(now, this.concurrency + this.inFlight.size)) {
        if (free() <= 0) break;
        this.start(`v${validation.subscriptionId}`, () => this.validate(validation));
      }
    }
    if (free() > 0) {
      for (const delivery of this.store.dueDeliveries(now, this.concurrency + this.inFlight.size)) {
        if (free() <= 0) break;
        this.start(`d${delivery.subscriptionId}:${delivery.eventSeq}`, () => this.deliver(delivery));
      }
    }
    clearTimeout(this.timer);
    const next = this.store.nextDueAfter(now);
    if (next !== undefined) {
      this.timer = setTimeout(() => this.fill(), Math.max(0, next - Date.now()));
      this.timer.unref();
    }
  }

  private start(key: string, work: () => Promise<void>): void {
    if (this.inFlight.has(key)) return;
    const running = work()
      .catch((error: unknown) =>
        this.options.log(`error: event delivery: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        this.inFlight.delete(key);
        this.fill();
      });
    this.inFlight.set(key, running);
  }

  private async deliver(delivery: DueDelivery): Promise<void> {
    const error = await this.post(delivery.endPoint, delivery.event);
    if (this.closed) return;
    if (error === undefined) {
      this.store.recordAttempt(delivery.subscriptionId, delivery.eventSeq, {
        kind: 'delivered',
        at: new Date().toISOString(),
      });
      return;
    }
    const delay = this.retryDelays[delivery.attempts];
    if (delay === undefined) {
      this.options.log(
        `Event ${delivery.event.id} (${delivery.event.type}) was not delivered to ${delivery.endPoint} after ${delivery.attempts + 1} attempts (${error}); given up.`,
      );
      this.store.recordAttempt(delivery.subscriptionId, delivery.eventSeq, { kind: 'failed', error });
    } else {
      this.store.recordAttempt(delivery.subscriptionId, delivery.eventSeq, {
        kind: 'retry',
        next: Date.now() + delay,
        error,
      });
    }
  }

  private async validate(validation: DueValidation): Promise<void> {
    const event = {
      specversion: '1.0',
      id: randomUUID(),
      type: VALIDATE_SUBSCRIPTION_TYPE,
      source: `${this.options.eventsApi()}subscriptions/${validation.subscriptionId}`,
    };
    const error = await this.post(validation.endPoint, event);
    if (this.closed) return;
    const delay = this.retryDelays[validation.attempts];
    if (error !== undefined && delay === undefined) {
      this.options.log(
        `Subscription ${validation.subscriptionId}: ${validation.endPoint} did not accept the validation event (${error}); it stays unvalidated and gets no events.`,
      );
    }
    this.store.recordValidation(
      validation.subscriptionId,
      error === undefined,
      error === undefined || delay === undefined ? null : Date.now() + delay,
    );
  }

  /** POSTs the event; undefined when the endpoint answered 2xx, else what went wrong. */
  private async post(endPoint: string, event: unknown): Promise<string | undefined> {
    const abort = new AbortController();
    this.aborts.add(abort);
    try {
      const response = await fetch(endPoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(event),
        signal: AbortSignal.any([abort.signal, AbortSignal.timeout(this.timeoutMs)]),
      });
      await response.arrayBuffer().catch(() => undefined);
      return response.ok ? undefined : `HTTP ${response.status}`;
    } catch (error) {
      return error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    } finally {
      this.aborts.delete(abort);
    }
  }
}
