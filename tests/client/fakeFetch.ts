import type { FetchLike } from '../../src/client/index.ts';

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  /** The body when it was a string (JSON); see `raw` for files. */
  body: string | undefined;
  /** The body as the client handed it to fetch (a Blob for uploads). */
  raw: RequestInit['body'];
  credentials: RequestCredentials | undefined;
  signal: AbortSignal | undefined;
}

type Responder = (request: RecordedRequest) => Response | Promise<Response>;

/**
 * A `fetch` that records every request and answers from a queue of responders (the last one
 * repeats), so a test can both script the server and assert what the client sent.
 */
export function fakeFetch(...responders: Responder[]) {
  const requests: RecordedRequest[] = [];
  const queue = responders.length ? responders : [() => jsonResponse({})];
  const fetch: FetchLike = async (input, init) => {
    const request: RecordedRequest = {
      url: input,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      raw: init.body,
      credentials: init.credentials,
      signal: init.signal ?? undefined,
    };
    requests.push(request);
    const responder = queue[Math.min(requests.length - 1, queue.length - 1)];
    return responder(request);
  };
  return {
    fetch,
    requests,
    get last(): RecordedRequest {
      const request = requests.at(-1);
      if (!request) throw new Error('No request was sent');
      return request;
    },
  };
}

export interface ReplyInit {
  status?: number;
  statusText?: string;
  headers?: Record<string, string>;
}

export function jsonResponse(body: unknown, init: ReplyInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...init.headers },
  });
}

export function textResponse(body: string, init: ReplyInit = {}): Response {
  return new Response(body, { status: 200, ...init, headers: { 'Content-Type': 'text/plain', ...init.headers } });
}

export const INSTANCE_ID = '501337/5d9e906b-83ed-44df-85a7-2f104c640bff';
export const DATA_ELEMENT_ID = 'fc121812-0336-45fb-a75c-490df3ad5109';
