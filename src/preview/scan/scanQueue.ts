import { createHash } from 'node:crypto';
import type { FileScanResult } from '../../wire/dataElement.ts';
import type { PreviewStore } from '../storage/store.ts';
import type { FileScanner } from './fileScanner.ts';

export interface ScanQueueOptions {
  readonly scanner: FileScanner;
  readonly store: PreviewStore;
  /** Runs the write-back after the instance's other writes, as requests do (`ServerContext.serial`). */
  readonly serial: <T>(instanceId: string, work: () => Promise<T>) => Promise<T>;
  readonly log: (message: string) => void;
  /** The first wait after a failed scan, doubled per failure up to `maxRetryDelayMs`; default 1 s. */
  readonly firstRetryDelayMs?: number;
  /** Default 60 s. */
  readonly maxRetryDelayMs?: number;
  /** Scans at once; default 2 (clamd scans in its own threads). */
  readonly concurrency?: number;
  /** Hears each verdict once it is stored. */
  readonly onResult?: (result: StoredScanResult) => void;
}

export interface StoredScanResult {
  readonly instanceId: string;
  readonly dataElementId: string;
  readonly result: Extract<FileScanResult, 'Clean' | 'Infected'>;
  /** The signature that matched, for Infected. */
  readonly signature?: string;
}

interface Job {
  readonly instanceId: string;
  readonly id: string;
  failures: number;
}

/**
 * Scans the files whose `fileScanResult` is Pending, in the background, and writes Clean or
 * Infected back. The stored Pending mark is the queue: a scan that fails is retried with growing
 * waits and the file stays Pending (never Clean on an error), and whatever is still Pending when
 * the server stops is found again by `resume` at the next start. A verdict is written only if the
 * file still has the content that was scanned, so a file replaced meanwhile is scanned again.
 */
export class ScanQueue {
  private readonly waiting: Job[] = [];
  /** Elements queued, running or waiting to retry: an element is never scanned twice at once. */
  private readonly known = new Map<string, Job>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly running = new Set<Promise<void>>();
  private closed = false;
  private readonly firstRetryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly concurrency: number;

  constructor(private readonly options: ScanQueueOptions) {
    this.firstRetryDelayMs = options.firstRetryDelayMs ?? 1000;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 60_000;
    this.concurrency = Math.max(1, options.concurrency ?? 2);
  }

  /** Queues every Pending element in storage (those left when the server last stopped); returns how many. */
  resume(): number {
    const pending = this.options.store.listPendingFileScans();
    for (const { instanceId, id } of pending) this.enqueue(instanceId, id);
    return pending.length;
  }

  /** Queues the instance's Pending elements (call after the upload is committed). */
  enqueueInstance(instanceId: string): void {
    for (const element of this.options.store.listDataElements(instanceId)) {
      if (element.fileScanResult === 'Pending') this.enqueue(instanceId, element.id);
    }
  }

  enqueue(instanceId: string, id: string): void {
    if (this.closed) return;
    // Already on its way; if it is being scanned now and its content changes meanwhile, the
    // write-back sees that and queues it again.
    if (this.known.has(id)) return;
    const job: Job = { instanceId, id, failures: 0 };
    this.known.set(id, job);
    this.waiting.push(job);
    this.pump();
  }

  /** Elements queued, being scanned or waiting to retry. */
  get size(): number {
    return this.known.size;
  }

  /** Stops taking work and waits for the scans running now; what is still Pending stays so for the next start. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.waiting.length = 0;
    await Promise.allSettled([...this.running]);
  }

  private pump(): void {
    while (!this.closed && this.running.size < this.concurrency && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      const run: Promise<void> = this.run(job)
        .catch((error: unknown) => this.failed(job, `data element ${job.id} in instance ${job.instanceId}`, error))
        .finally(() => {
          this.running.delete(run);
          this.pump();
        });
      this.running.add(run);
    }
  }

  private async run(job: Job): Promise<void> {
    const { store, scanner, log } = this.options;
    const element = store.getDataElement(job.instanceId, job.id);
    const content = element?.fileScanResult === 'Pending' ? store.getContent(job.id) : undefined;
    if (!element || !content) {
      this.known.delete(job.id);
      return;
    }
    const name = `${element.filename ?? element.id} (${element.id}) in instance ${job.instanceId}`;
    const hash = digest(content);
    let verdict;
    try {
      verdict = await scanner.scan(content);
    } catch (error) {
      this.failed(job, name, error);
      return;
    }
    if (this.closed) return;
    const result: StoredScanResult['result'] = verdict.result === 'infected' ? 'Infected' : 'Clean';
    const stored = await this.options.serial(job.instanceId, async () =>
      store.transaction(() => {
        const current = store.getDataElement(job.instanceId, job.id);
        if (!current || current.fileScanResult !== 'Pending') return 'gone';
        const now = store.getContent(job.id);
        if (!now || digest(now) !== hash) return 'replaced';
        store.updateDataElement({ ...current, fileScanResult: result });
        return 'stored';
      }),
    );
    this.known.delete(job.id);
    if (stored === 'replaced') {
      this.enqueue(job.instanceId, job.id);
      return;
    }
    if (stored !== 'stored') return;
    const signature = verdict.result === 'infected' ? verdict.signature : undefined;
    log(
      result === 'Infected'
        ? `virus scan: ${name} is Infected (${signature}); it will not be served`
        : `virus scan: ${name} is Clean`,
    );
    this.options.onResult?.({
      instanceId: job.instanceId,
      dataElementId: job.id,
      result,
      ...(signature ? { signature } : {}),
    });
  }

  private failed(job: Job, name: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (this.closed) return;
    if (this.options.scanner.isRetryable?.(error) === false) {
      this.known.delete(job.id);
      this.options.log(
        `virus scan: ${name} stays Pending: ${this.options.scanner.description}: ${message}; it is scanned again at the next start`,
      );
      return;
    }
    job.failures++;
    const delay = Math.min(this.maxRetryDelayMs, this.firstRetryDelayMs * 2 ** (job.failures - 1));
    this.options.log(
      `virus scan: ${name} stays Pending: ${this.options.scanner.description} failed (${message}); retry ${job.failures} in ${formatDelay(delay)}`,
    );
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.closed) return;
      this.waiting.push(job);
      this.pump();
    }, delay);
    this.timers.add(timer);
  }
}

function digest(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

function formatDelay(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
