import { timingSafeEqual } from 'node:crypto';
import { AuthError } from './errors.ts';
import { verifyToken, type Principal, type TokenKey } from './tokens.ts';

/** The cookie the app reads its token from (`General.RuntimeCookieName`). */
export const RUNTIME_COOKIE = 'AltinnStudioRuntime';
/** The readable cookie whose value a browser echoes in `X-XSRF-TOKEN`. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
/** The selected party (`PUT api/v1/parties/{id}`). */
export const PARTY_COOKIE = 'AltinnPartyId';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/**
 * Cookies of a `Cookie` header by name. The first of two same-named cookies wins, as in browsers'
 * most-specific-first order; values are URL-decoded when they can be.
 */
export function parseCookies(header: string | undefined): Record<string, string> {
  // No prototype, so a cookie named `__proto__` or `constructor` is just a cookie.
  const cookies = Object.create(null) as Record<string, string>;
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator <= 0) continue;
    const name = part.slice(0, separator).trim();
    if (!name || Object.hasOwn(cookies, name)) continue;
    let value = part.slice(separator + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // A value with a stray % is kept as sent.
    }
    cookies[name] = value;
  }
  return cookies;
}

export interface RequestCredentials {
  /** The `Authorization` header, if any. */
  readonly authorization?: string;
  readonly cookies: Readonly<Record<string, string>>;
  readonly method: string;
  /** The `X-XSRF-TOKEN` header, if any. */
  readonly xsrfHeader?: string;
}

export interface Authenticated {
  readonly principal: Principal;
  /** Cookie-authenticated requests are the ones XSRF applies to. */
  readonly via: 'cookie' | 'bearer';
  /** The party selected by the `AltinnPartyId` cookie, when it is a number; the caller checks representation. */
  readonly selectedPartyId: number | null;
}

/** Compares the XSRF header with the cookie without leaking, through timing, how much of it matched. */
function sameToken(header: string | undefined, cookie: string | undefined): boolean {
  if (!header || !cookie) return false;
  const a = Buffer.from(header);
  const b = Buffer.from(cookie);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? (match[1] ?? null) : null;
}

/**
 * Authenticates one request as the app does (app-api §2): the `AltinnStudioRuntime` cookie first,
 * else `Authorization: Bearer`. A cookie-authenticated request that changes something must carry
 * `X-XSRF-TOKEN` equal to the `XSRF-TOKEN` cookie. Throws `AuthError` (401, or 400 for XSRF).
 */
export async function authenticateRequest(
  request: RequestCredentials,
  key: TokenKey,
  now?: Date,
): Promise<Authenticated> {
  const cookieToken = request.cookies[RUNTIME_COOKIE];
  const via = cookieToken ? 'cookie' : 'bearer';
  const token = cookieToken || bearerToken(request.authorization);
  if (!token)
    throw new AuthError('no-credentials', 'The request has no AltinnStudioRuntime cookie and no bearer token');
  const principal = await verifyToken(token, key, now);
  if (via === 'cookie' && !SAFE_METHODS.has(request.method.toUpperCase())) {
    if (!sameToken(request.xsrfHeader, request.cookies[XSRF_COOKIE])) {
      throw new AuthError(
        'xsrf-mismatch',
        'A cookie-authenticated change needs X-XSRF-TOKEN equal to the XSRF-TOKEN cookie',
      );
    }
  }
  const selected = request.cookies[PARTY_COOKIE];
  const selectedPartyId = selected && /^\d+$/.test(selected) ? Number(selected) : null;
  return { principal, via, selectedPartyId };
}
