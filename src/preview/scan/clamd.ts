import { connect, type Socket } from 'node:net';

/** Where clamd listens: `TCPSocket`/`TCPAddr` or `LocalSocket` in its clamd.conf. */
export type ClamdAddress =
  | { readonly kind: 'tcp'; readonly host: string; readonly port: number }
  | { readonly kind: 'socket'; readonly path: string };

/** What clamd said about a stream. */
export type ClamdVerdict = { readonly result: 'clean' } | { readonly result: 'infected'; readonly signature: string };

/**
 * Why a scan gave no verdict. `size-limit`: the file is larger than clamd's `StreamMaxLength`, so
 * asking again will not help until clamd's configuration changes; the others may pass on a retry.
 * `cut-off`: clamd closed the connection before the whole file was sent.
 */
export type ClamdFailure = 'connection' | 'timeout' | 'scanner' | 'size-limit' | 'protocol' | 'cut-off';

export class ClamdError extends Error {
  constructor(
    readonly failure: ClamdFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ClamdError';
  }
}

export interface ClamdClientOptions {
  /** How long one command may take, from connecting to the answer; default 30 s. */
  readonly timeoutMs?: number;
  /** Bytes per INSTREAM chunk; default 64 KiB. */
  readonly chunkSize?: number;
}

/**
 * `host:port`, `[ipv6]:port`, `tcp://host:port`, `unix:/path` or a path to clamd's Unix socket.
 * Throws with what to write instead when the text is none of these.
 */
export function parseClamdAddress(text: string): ClamdAddress {
  const value = text.trim();
  if (value.startsWith('unix:')) return { kind: 'socket', path: value.slice('unix:'.length) };
  if (value.startsWith('/') || value.startsWith('./') || value.startsWith('../'))
    return { kind: 'socket', path: value };
  const match = /^(?:tcp:\/\/)?(\[[^\]]+\]|[^:/\s]+):(\d+)$/.exec(value);
  const port = match ? Number(match[2]) : NaN;
  if (!match || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(
      `"${text}" is not a clamd address: give host:port (clamd's TCPAddr and TCPSocket, e.g. 127.0.0.1:3310) or the path of its LocalSocket (e.g. /run/clamav/clamd.ctl).`,
    );
  }
  return { kind: 'tcp', host: match[1]!.replace(/^\[|\]$/g, ''), port };
}

export function describeClamdAddress(address: ClamdAddress): string {
  return address.kind === 'tcp' ? `${address.host}:${address.port}` : address.path;
}

/**
 * A client for clamd's own protocol (the `z`-prefixed, NUL-terminated commands of clamd(8)):
 * PING and VERSION to see that it runs, INSTREAM to scan bytes without a shared file system.
 * Each command uses its own connection, so a broken one cannot confuse the next.
 */
export class ClamdClient {
  private readonly timeoutMs: number;
  private readonly chunkSize: number;

  constructor(
    readonly address: ClamdAddress,
    options: ClamdClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.chunkSize = options.chunkSize ?? 64 * 1024;
  }

  /** Resolves when clamd answers PONG. */
  async ping(): Promise<void> {
    const reply = await this.command('zPING\0');
    if (reply !== 'PONG') throw new ClamdError('protocol', `PING was answered with "${reply}", not PONG`);
  }

  /** clamd's version line, e.g. `ClamAV 1.4.6/27480/…`. */
  async version(): Promise<string> {
    return this.command('zVERSION\0');
  }

  /** Scans the bytes. Throws `ClamdError` whenever clamd does not say OK or FOUND: an error is never clean. */
  async scan(content: Uint8Array): Promise<ClamdVerdict> {
    try {
      return parseScanReply(await this.command('zINSTREAM\0', content));
    } catch (error) {
      if (!(error instanceof ClamdError) || error.failure !== 'cut-off') throw error;
    }
    // clamd stops reading at StreamMaxLength, answers and closes; the reset that follows can reach
    // us before its answer and discard it. One more try tells that from a connection that broke once.
    try {
      return parseScanReply(await this.command('zINSTREAM\0', content));
    } catch (error) {
      if (!(error instanceof ClamdError) || error.failure !== 'cut-off') throw error;
      throw new ClamdError(
        'size-limit',
        `clamd closed the connection twice before the whole file (${content.length} bytes) was sent, as it does for a file larger than its StreamMaxLength; raise StreamMaxLength in clamd.conf`,
      );
    }
  }

  private command(command: string, stream?: Uint8Array): Promise<string> {
    return new Promise<string>((resolveReply, reject) => {
      const socket: Socket =
        this.address.kind === 'tcp'
          ? connect({ host: this.address.host, port: this.address.port })
          : connect({ path: this.address.path });
      const received: Buffer[] = [];
      let settled = false;
      // True from the command until the stream's terminator is written.
      let sending = true;
      let connected = false;
      const finish = (outcome: { reply: string } | { error: ClamdError }) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        if ('reply' in outcome) resolveReply(outcome.reply);
        else reject(outcome.error);
      };
      // The answer ends with NUL; clamd may also answer (and close) before it has read all we send,
      // as it does when a stream passes StreamMaxLength, so the answer wins over a write error.
      const answer = (): string | undefined => {
        const text = Buffer.concat(received).toString('utf8');
        const end = text.indexOf('\0');
        return end >= 0 ? text.slice(0, end).trim() : undefined;
      };
      const timer = setTimeout(
        () => finish({ error: new ClamdError('timeout', `no answer within ${this.timeoutMs} ms`) }),
        this.timeoutMs,
      );
      socket.on('data', (chunk: Buffer) => {
        received.push(chunk);
        const reply = answer();
        if (reply !== undefined) finish({ reply });
      });
      socket.on('end', () => {
        const text = answer() ?? Buffer.concat(received).toString('utf8').trim();
        if (text !== '') finish({ reply: text });
        else if (sending && stream) finish({ error: new ClamdError('cut-off', 'clamd closed the connection early') });
        else finish({ error: new ClamdError('protocol', 'the connection closed without an answer') });
      });
      socket.on('error', (error: NodeJS.ErrnoException) => {
        const reply = answer();
        if (reply !== undefined) {
          finish({ reply });
          return;
        }
        const failure: ClamdFailure = !connected ? 'connection' : sending && stream ? 'cut-off' : 'scanner';
        finish({ error: new ClamdError(failure, error.message) });
      });
      socket.on('connect', () => {
        connected = true;
        this.send(socket, command, stream).then(
          () => (sending = false),
          () => {
            // A failed write shows as the socket's 'error' (or clamd's answer); nothing more to do here.
          },
        );
      });
    });
  }

  private async send(socket: Socket, command: string, stream: Uint8Array | undefined): Promise<void> {
    await write(socket, Buffer.from(command, 'utf8'));
    if (!stream) return;
    for (let offset = 0; offset < stream.length; offset += this.chunkSize) {
      const chunk = stream.subarray(offset, Math.min(offset + this.chunkSize, stream.length));
      const length = Buffer.alloc(4);
      length.writeUInt32BE(chunk.length, 0);
      await write(socket, length);
      await write(socket, chunk);
    }
    await write(socket, Buffer.alloc(4));
  }
}

/** `stream: OK`, `stream: <name> FOUND`, or an error line such as `INSTREAM size limit exceeded. ERROR`. */
export function parseScanReply(reply: string): ClamdVerdict {
  const text = reply.replace(/^stream:\s*/, '');
  if (text === 'OK') return { result: 'clean' };
  const found = /^(.+)\s+FOUND$/.exec(text);
  if (found) return { result: 'infected', signature: found[1]!.trim() };
  if (/size limit exceeded/i.test(text)) {
    throw new ClamdError(
      'size-limit',
      `the file is larger than clamd's StreamMaxLength ("${reply}"); raise StreamMaxLength in clamd.conf`,
    );
  }
  if (/ERROR$/.test(text)) throw new ClamdError('scanner', `clamd could not scan the file: "${reply}"`);
  throw new ClamdError('protocol', `an answer this client does not know: "${reply}"`);
}

function write(socket: Socket, bytes: Uint8Array): Promise<void> {
  return new Promise((resolveWrite, reject) => {
    if (socket.destroyed) {
      reject(new Error('socket closed'));
      return;
    }
    const flushed = socket.write(bytes, (error) => {
      if (error) reject(error);
    });
    if (flushed) resolveWrite();
    else socket.once('drain', () => resolveWrite());
  });
}
