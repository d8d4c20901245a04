import { AppApiError } from './errors.ts';

/** How often an idempotent request (GET/HEAD) is tried again after a network error or a 502/503/504. */
export interface RetryPolicy {
  /** Retries after the first try. Default 2; 0 turns retries off. */
  attempts?: number;
  /** Wait before the first retry; doubled before each next one. Default 300 ms. */
  baseDelayMs?: number;
}

const DEFAULT_ATTEMPTS = 2;
const DEFAULT_BASE_DELAY_MS = 300;
const IDEMPOTENT = new Set(['GET', 'HEAD']);
const TRANSIENT_STATUSES = new Set([0, 502, 503, 504]);

/**
 * Runs `attempt` and, for GET/HEAD only, runs it again while it fails transiently. Writes are never
 * repeated here: whether a write that may have reached the server is safe to send again is the
 * caller's decision (the connected layer's), not the transport's.
 */
export async function withRetries<T>(
  method: string,
  policy: RetryPolicy | undefined,
  signal: AbortSignal | undefined,
  attempt: () => Promise<T>,
): Promise<T> {
  const retries = IDEMPOTENT.has(method) ? Math.max(0, policy?.attempts ?? DEFAULT_ATTEMPTS) : 0;
  const baseDelay = Math.max(0, policy?.baseDelayMs ?? DEFAULT_BASE_DELAY_MS);
  for (let tried = 0; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (tried >= retries || !isTransient(error)) throw error;
      await pause(baseDelay * 2 ** tried, signal);
    }
  }
}

function isTransient(error: unknown): boolean {
  return error instanceof AppApiError && TRANSIENT_STATUSES.has(error.status);
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
