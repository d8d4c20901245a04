import type { ServerResponse } from 'node:http';
import type { ProblemBody } from './problem.ts';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, text: string, contentType = 'text/plain'): void {
  res.writeHead(status, { 'content-type': `${contentType}; charset=utf-8` });
  res.end(text);
}

export function sendEmpty(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}

export function sendProblem(res: ServerResponse, body: ProblemBody): void {
  sendJson(res, body.status, body, { 'content-type': 'application/problem+json; charset=utf-8' });
}

export interface CookieOptions {
  readonly httpOnly?: boolean;
  /** Seconds; 0 deletes the cookie. */
  readonly maxAge?: number;
}

/** Adds a `Set-Cookie` header (path `/`, SameSite=Lax) beside any already set. */
export function setCookie(res: ServerResponse, name: string, value: string, options: CookieOptions = {}): void {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'SameSite=Lax'];
  if (options.httpOnly) parts.push('HttpOnly');
  if (options.maxAge !== undefined) parts.push(`Max-Age=${options.maxAge}`);
  const existing = res.getHeader('set-cookie');
  const list = Array.isArray(existing) ? existing : existing === undefined ? [] : [String(existing)];
  res.setHeader('set-cookie', [...list, parts.join('; ')]);
}
