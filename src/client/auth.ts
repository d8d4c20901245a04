/**
 * How the client proves who the user is.
 * - `bearer`: `Authorization: Bearer <token>` on every request. A function is called per request, so
 *   it can hand out a refreshed token. This needs no XSRF token (the backend checks XSRF only for
 *   cookie-authenticated writes).
 * - `cookie`: the browser sends the `AltinnStudioRuntime` cookie (`credentials: 'include'`), and every
 *   request that is not GET/HEAD echoes the readable `XSRF-TOKEN` cookie as `X-XSRF-TOKEN`.
 */
export type ClientAuth =
  | { kind: 'bearer'; token: string | (() => string | Promise<string>) }
  | {
      kind: 'cookie';
      /**
       * Returns the cookies as `document.cookie` does (`a=1; XSRF-TOKEN=…`). Defaults to
       * `globalThis.document?.cookie`; inject it where there is no document (tests, Node).
       */
      readCookies?: () => string | undefined;
    };

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** Adds the credentials of `auth` to one request's headers and returns the fetch `credentials` mode. */
export async function applyAuth(
  auth: ClientAuth | undefined,
  method: string,
  headers: Headers,
): Promise<RequestCredentials | undefined> {
  if (!auth) return undefined;
  if (auth.kind === 'bearer') {
    const token = typeof auth.token === 'function' ? await auth.token() : auth.token;
    headers.set('Authorization', `Bearer ${token}`);
    return undefined;
  }
  if (!SAFE_METHODS.has(method)) {
    const readCookies = auth.readCookies ?? (() => globalThis.document?.cookie);
    const token = cookieValue(readCookies() ?? '', 'XSRF-TOKEN');
    if (token !== undefined) headers.set('X-XSRF-TOKEN', token);
  }
  return 'include';
}

function cookieValue(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    const raw = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}
