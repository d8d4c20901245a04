import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { expect } from 'vitest';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { matchOperation, validateResponse } from '../../support/openapi.ts';
import type { InstanceResponse } from '../../../src/wire/instance.ts';
import { startPreviewServer, type PreviewServer, type PreviewServerOptions } from '../../../src/preview/index.ts';

export const FIXTURE_APP = resolve(import.meta.dirname, '../fixtures/preview-app');
export const EXAMPLE_APP = resolve(import.meta.dirname, '../../../examples/event-permit');
export const CORPUS_DIR = resolve(import.meta.dirname, '../../../../shared/corpus');

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  readonly text: string;
}

export interface RequestOptions {
  readonly body?: unknown;
  /** Sent as is (a Buffer for uploads); `body` is sent as JSON. */
  readonly raw?: Buffer | string;
  readonly headers?: Record<string, string>;
  /** Default: the harness's bearer token; null sends no Authorization header. */
  readonly token?: string | null;
}

/** Every response a test received, so a contract check can look at all of them. */
export interface Exchange {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly body: unknown;
  readonly contentType?: string;
}

/**
 * Answers where the reference itself departs from its OpenAPI document, so the preview does too.
 * Each names why; anything else the document does not allow fails the contract check.
 */
const KNOWN_DEVIATIONS: readonly { why: string; applies: (exchange: Exchange) => boolean }[] = [
  {
    why: 'A missing validation config: the reference returns Ok(null), which ASP.NET sends as 204; the document lists only 200.',
    applies: (exchange) => exchange.status === 204 && /\/api\/validationconfig\//.test(exchange.url),
  },
  {
    why: 'A PATCH of a locked element or an archived instance: the reference answers the plain 409 of storage ProblemDetails (app-api §8.2), not the DataPatchError the document gives for failed test operations.',
    applies: (exchange) =>
      exchange.method === 'PATCH' &&
      exchange.status === 409 &&
      ['Data element is locked', 'Instance Not Active'].includes(
        (exchange.body as { title?: string } | undefined)?.title ?? '',
      ),
  },
];

export class PreviewHarness {
  readonly exchanges: Exchange[] = [];
  token = '';

  private constructor(
    readonly server: PreviewServer,
    readonly dataDir: string,
    private readonly ownsDataDir: boolean,
  ) {}

  /** Starts the real server on a free port with a temporary data folder (unless one is given). */
  static async start(options: Partial<PreviewServerOptions> = {}): Promise<PreviewHarness> {
    const ownsDataDir = options.dataDir === undefined;
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'skjema-preview-'));
    // Several apps (`apps`) replace the fixture app.
    const app = options.apps ? {} : { appDir: FIXTURE_APP };
    const server = await startPreviewServer({ ...app, watch: false, log: () => {}, ...options, dataDir });
    const harness = new PreviewHarness(server, dataDir, ownsDataDir);
    // User 1337 signs in by default; an app with its own test users may not have them.
    harness.token = await harness.tokenFor(1337).catch(() => '');
    return harness;
  }

  async tokenFor(userId: number, authenticationLevel = 2): Promise<string> {
    const response = await fetch(
      `${this.server.url}/Home/GetTestUserToken?userId=${userId}&authenticationLevel=${authenticationLevel}`,
    );
    if (response.status !== 200) throw new Error(`No token for ${userId}: ${response.status}`);
    return response.text();
  }

  /** A request to the app API; `path` is relative to `/{org}/{app}/`, or absolute from the server root when it starts with `/`. */
  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const url = path.startsWith('/') ? `${this.server.url}${path}` : `${this.server.appUrl}/${path}`;
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token === undefined ? this.token : options.token;
    if (token) headers.authorization = `Bearer ${token}`;
    const raw = options.raw;
    let body: Uint8Array<ArrayBuffer> | string | undefined =
      typeof raw === 'string' || raw === undefined ? raw : new Uint8Array(raw);
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(url, { method, headers, body, redirect: 'manual' });
    const buffer = Buffer.from(await response.arrayBuffer());
    const text = buffer.toString('utf8');
    const isJson = (response.headers.get('content-type') ?? '').includes('json');
    const parsed = isJson && text !== '' ? JSON.parse(text) : text;
    this.exchanges.push({
      method,
      url: new URL(url).pathname + new URL(url).search,
      status: response.status,
      body: parsed,
    });
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  async createInstance(partyId = 501337): Promise<InstanceResponse> {
    const response = await this.request<InstanceResponse>('POST', `instances?instanceOwnerPartyId=${partyId}`);
    if (response.status !== 201) throw new Error(`Instance not created: ${response.status} ${response.text}`);
    return response.body;
  }

  /** The form data element of a data type in an instance. */
  static element(instance: { data: { id: string; dataType: string }[] }, dataType = 'model') {
    const element = instance.data.find((candidate) => candidate.dataType === dataType);
    if (!element) throw new Error(`No ${dataType} element in ${JSON.stringify(instance.data)}`);
    return element;
  }

  /**
   * Every response received so far from the app API, checked against the app backend's OpenAPI
   * document (with the wire corrections of tests/support/openapi.ts). Routes the document does not
   * describe (localtest's token routes, the preview's own) are not checked.
   */
  contractErrors(): string[] {
    const prefix = new URL(this.server.appUrl).pathname;
    return this.exchanges
      .filter((exchange) => exchange.url.startsWith(`${prefix}/`) && matchOperation(exchange.method, exchange.url))
      .filter((exchange) => !KNOWN_DEVIATIONS.some((deviation) => deviation.applies(exchange)))
      .flatMap((exchange) => validateResponse(exchange));
  }

  /**
   * Stops the server, then fails the calling hook when any response the tests received broke the
   * contract (as `afterAll(() => harness.closeKeepingContract())`).
   */
  async closeKeepingContract(): Promise<void> {
    const errors = this.contractErrors();
    await this.close();
    expect(errors).toEqual([]);
  }

  async close(options: { keepData?: boolean } = {}): Promise<void> {
    await this.server.close();
    if (this.ownsDataDir && !options.keepData) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/**
 * A copy of the fixture app in a temporary folder, changed by `change` (given the copy's folder),
 * for a test that needs another process or metadata. The caller removes it.
 */
export function fixtureVariant(name: string, change: (appDir: string) => void): string {
  const appDir = mkdtempSync(join(tmpdir(), `skjema-preview-${name}-`));
  cpSync(FIXTURE_APP, appDir, { recursive: true });
  change(appDir);
  return appDir;
}
