import { applyAuth, type ClientAuth } from './auth.ts';
import { AppApiError } from './errors.ts';
import { withRetries, type RetryPolicy } from './retry.ts';
import { buildUrl, type QueryParams } from './url.ts';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type HeadersSource = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestSpec {
  method: HttpMethod;
  segments: readonly string[];
  query?: QueryParams;
  /** Sent as a JSON body when not undefined. */
  json?: unknown;
  /** A raw body (a file), sent as it is; the caller sets its `Content-Type`. Wins over `json`. */
  raw?: Blob;
  headers?: HeadersInit;
  signal?: AbortSignal;
  /** Read a successful body as a `Blob` (files) instead of as text. */
  binary?: boolean;
}

export interface Reply {
  response: Response;
  method: HttpMethod;
  url: string;
  /** The parsed body; `isJson` tells a JSON string literal apart from a plain-text body. */
  body: unknown;
  isJson: boolean;
  /** The body of a successful `binary` request. */
  blob?: Blob;
}

export interface TransportConfig {
  appRoot: string;
  fetch?: FetchLike;
  headers?: HeadersSource;
  auth?: ClientAuth;
  retry?: RetryPolicy;
}

export type Transport = (spec: RequestSpec) => Promise<Reply>;

/**
 * Sends one request and turns every failure into an `AppApiError` (or the abort reason). GET and
 * HEAD are retried on transient failures, as `config.retry` says; other methods are sent once.
 */
export function createTransport(config: TransportConfig): Transport {
  // Looked up per call, and called unbound-safe: `window.fetch` throws "Illegal invocation" when
  // detached from `window`, and tests often replace the global after the client was created.
  const doFetch: FetchLike = config.fetch ?? ((input, init) => globalThis.fetch(input, init));

  return (spec) => withRetries(spec.method, config.retry, spec.signal, () => sendOnce(spec));

  async function sendOnce(spec: RequestSpec): Promise<Reply> {
    const url = buildUrl(config.appRoot, spec.segments, spec.query);
    const { method, signal } = spec;
    const headers = await buildHeaders(spec, config.headers);
    const credentials = await applyAuth(config.auth, method, headers);
    const body = spec.raw ?? (spec.json === undefined ? undefined : JSON.stringify(spec.json));

    let response: Response;
    let text = '';
    let blob: Blob | undefined;
    try {
      // Headers and tokens may come from async functions, so the signal can fire before fetch sees it.
      signal?.throwIfAborted();
      response = await doFetch(url, { method, headers, body, signal, ...(credentials && { credentials }) });
      if (spec.binary && response.ok) blob = await response.blob();
      else text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppApiError({
        status: 0,
        method,
        url,
        cause: error,
        message: `${method} ${url} failed: network error (${reason})`,
      });
    }

    const parsed = parseBody(text);
    if (!response.ok) {
      throw new AppApiError({
        status: response.status,
        statusText: response.statusText,
        method,
        url,
        body: parsed.body,
      });
    }
    return { response, method, url, body: parsed.body, isJson: parsed.isJson, blob };
  }
}

async function buildHeaders(spec: RequestSpec, source: HeadersSource | undefined): Promise<Headers> {
  const headers = new Headers({ Accept: 'application/json' });
  if (spec.json !== undefined && spec.raw === undefined) headers.set('Content-Type', 'application/json');
  const clientHeaders = typeof source === 'function' ? await source() : source;
  for (const extra of [clientHeaders, spec.headers]) {
    if (extra) new Headers(extra).forEach((value, name) => headers.set(name, value));
  }
  return headers;
}

function parseBody(text: string): { body: unknown; isJson: boolean } {
  if (text === '') return { body: undefined, isJson: false };
  try {
    return { body: JSON.parse(text), isJson: true };
  } catch {
    return { body: text, isJson: false };
  }
}

/**
 * The JSON body of a successful reply, typed by the caller. The shape is trusted, not checked:
 * this client is a thin layer over a documented API, and the types say what the backend sends.
 */
export function jsonOf<T>(reply: Reply): T {
  if (!reply.isJson) {
    const what = reply.body === undefined ? 'an empty body' : 'a body that is not JSON';
    throw new AppApiError({
      status: reply.response.status,
      statusText: reply.response.statusText,
      method: reply.method,
      url: reply.url,
      body: reply.body,
      message: `${reply.method} ${reply.url} returned ${what} where JSON was expected`,
    });
  }
  return reply.body as T;
}

/**
 * Configuration files (layouts, layout sets, settings, schemas) are served as a C# string holding
 * JSON. Depending on content negotiation that string arrives raw or JSON-encoded a second time.
 */
export function configJsonOf<T>(reply: Reply): T {
  const value = jsonOf<unknown>(reply);
  if (typeof value !== 'string') return value as T;
  try {
    return JSON.parse(value) as T;
  } catch {
    return value as T;
  }
}

/** Like `configJsonOf`, but an absent resource (204 or empty body) is `null`. */
export function optionalConfigJsonOf(reply: Reply): unknown {
  return reply.body === undefined ? null : configJsonOf<unknown>(reply);
}
