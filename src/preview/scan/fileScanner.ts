import {
  ClamdClient,
  ClamdError,
  describeClamdAddress,
  parseClamdAddress,
  type ClamdAddress,
  type ClamdClientOptions,
  type ClamdVerdict,
} from './clamd.ts';

export type ScanVerdict = ClamdVerdict;

/**
 * A virus scanner the preview hands uploaded files to. `scan` resolves only to a verdict the
 * scanner gave; anything else (no connection, a timeout, a scanner error) is thrown, so no error
 * can ever be read as clean.
 */
export interface FileScanner {
  /** What the start banner and logs call it, e.g. `clamd at 127.0.0.1:3310`. */
  readonly description: string;
  /** Resolves to the scanner's version when it answers; throws when it does not. */
  check(): Promise<string>;
  scan(content: Uint8Array): Promise<ScanVerdict>;
  /**
   * Whether asking again can succeed after this error; false when the file itself cannot be
   * scanned as configured (larger than clamd's StreamMaxLength).
   */
  isRetryable?(error: unknown): boolean;
}

/** A scanner over clamd (`--clamd`, `SKJEMA_CLAMD`): a `host:port` or a Unix socket path. */
export function clamdScanner(address: string | ClamdAddress, options: ClamdClientOptions = {}): FileScanner {
  const parsed = typeof address === 'string' ? parseClamdAddress(address) : address;
  const client = new ClamdClient(parsed, options);
  return {
    description: `clamd at ${describeClamdAddress(parsed)}`,
    async check() {
      await client.ping();
      return client.version();
    },
    scan: (content) => client.scan(content),
    isRetryable: (error) => !(error instanceof ClamdError && error.failure === 'size-limit'),
  };
}
