import type { FileScanResult } from '../../wire/dataElement.ts';
import type { PreviewStore } from '../storage/store.ts';
import { clamdScanner, type FileScanner } from './fileScanner.ts';
import { ScanQueue, type StoredScanResult } from './scanQueue.ts';

/** Virus scanning as the routes see it. */
export interface FileScans {
  /** The `fileScanResult` a new file of a data type with `enableFileScan` starts with. */
  initialResult(dataType: string): FileScanResult;
  /** Scans the instance's Pending files in the background; call once the upload is committed. */
  startScans(instanceId: string): void;
  /** The start banner's line about scanning. */
  readonly banner: string;
  close(): Promise<void>;
}

export interface FileScansOptions {
  /** A scanner, or a clamd address (`host:port` or a socket path); none: scanning is off. */
  readonly scanner?: FileScanner | string;
  /** Without a scanner, the result files get at once; default Clean, as localtest gives (platform §7.5). */
  readonly fixedResult?: (dataType: string) => FileScanResult;
  readonly store: PreviewStore;
  readonly serial: <T>(instanceId: string, work: () => Promise<T>) => Promise<T>;
  readonly log: (message: string) => void;
  /** Whether the app has a data type with `enableFileScan` (the banner says so when none has). */
  readonly appScansFiles: boolean;
  /** How long the start check waits for the scanner; default 3 s. */
  readonly checkTimeoutMs?: number;
  readonly firstRetryDelayMs?: number;
  readonly onResult?: (result: StoredScanResult) => void;
}

/**
 * Sets up scanning at start: with a scanner, checks that it answers (PING, VERSION), resumes the
 * scans left Pending, and marks new files Pending until scanned; without one, keeps localtest's
 * behaviour (Clean at once) and says so in the banner.
 */
export async function startFileScans(options: FileScansOptions): Promise<FileScans> {
  const unused = options.appScansFiles ? '' : '; no data type of the app has enableFileScan';
  if (options.scanner === undefined) {
    const fixed = options.fixedResult ?? (() => 'Clean' as const);
    return {
      initialResult: fixed,
      startScans: () => {},
      banner: options.appScansFiles
        ? 'virus scanning: off (no --clamd): files of data types with enableFileScan are marked Clean unscanned, as localtest does'
        : 'virus scanning: off (no --clamd; no data type of the app has enableFileScan)',
      close: async () => {},
    };
  }
  const scanner = typeof options.scanner === 'string' ? clamdScanner(options.scanner) : options.scanner;
  const queue = new ScanQueue({
    scanner,
    store: options.store,
    serial: options.serial,
    log: options.log,
    firstRetryDelayMs: options.firstRetryDelayMs,
    onResult: options.onResult,
  });
  let banner: string;
  try {
    const version = await withTimeout(scanner.check(), options.checkTimeoutMs ?? 3000);
    banner = `virus scanning: ${scanner.description} (${version}): files of data types with enableFileScan are Pending until scanned${unused}`;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    banner = `warning: virus scanning: ${scanner.description} does not answer (${message}): files stay Pending and are scanned once it answers${unused}`;
  }
  const resumed = queue.resume();
  if (resumed > 0) banner += `; ${resumed} file(s) left Pending are scanned now`;
  return {
    initialResult: () => 'Pending',
    startScans: (instanceId) => queue.enqueueInstance(instanceId),
    banner,
    close: () => queue.close(),
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolveWork, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolveWork(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
