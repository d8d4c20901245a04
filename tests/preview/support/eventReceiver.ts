import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedEvent {
  readonly id: string;
  readonly type: string;
  readonly resourceinstance?: string;
  readonly body: Record<string, unknown>;
  /** The status the receiver answered. */
  readonly status: number;
  /** The path and query it was sent to. */
  readonly path: string;
}

/**
 * A real HTTP endpoint that records every POST it gets. `answer` picks the status per request
 * (default 200), so a test can make it fail.
 */
export class EventReceiver {
  private constructor(
    private readonly server: Server,
    readonly url: string,
    /** Every request, in the order they arrived. */
    readonly received: ReceivedEvent[],
  ) {}

  static async start(
    answer: (body: Record<string, unknown>, path: string) => number = () => 200,
  ): Promise<EventReceiver> {
    const received: ReceivedEvent[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        const status = answer(body, req.url ?? '/');
        received.push({
          id: String(body.id),
          type: String(body.type),
          resourceinstance: typeof body.resourceinstance === 'string' ? body.resourceinstance : undefined,
          body,
          status,
          path: req.url ?? '/',
        });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new EventReceiver(server, `http://127.0.0.1:${port}/events`, received);
  }

  /** Events answered with 2xx, in the order they arrived. */
  accepted(): ReceivedEvent[] {
    return this.received.filter((event) => event.status >= 200 && event.status < 300);
  }

  /** Resolves when `done` holds, checking after each request; rejects after `attempts` checks of 50 ms without it. */
  async until(done: () => boolean, attempts = 400): Promise<void> {
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (done()) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(
      `The receiver did not get what was expected; it got ${JSON.stringify(this.received.map((e) => [e.type, e.status]))}`,
    );
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A deterministic pseudo-random generator (mulberry32), so a failing receiver fails the same way every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
