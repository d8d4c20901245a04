import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CloudEvent } from './cloudEvent.ts';

/**
 * What an app's `handleEvent` gets: the event, where the app itself is, and a `fetch` that acts as
 * the service owner, so a handler can read the instance the event is about (on this or another
 * preview server) and create instances of its own app.
 */
export interface EventHandlerInput {
  readonly event: CloudEvent;
  /** This app's API base, `http://host:port/{org}/{app}`. */
  readonly appUrl: string;
  /**
   * `fetch` with a service owner token for the org in the URL's path (`/{org}/{app}/…`), taken from
   * that preview server's `GET /Home/GetTestOrgToken/{org}`; JSON bodies get their content type.
   */
  serviceOwnerFetch(url: string, init?: RequestInit): Promise<Response>;
}

/**
 * What `handleEvent` answers: true or nothing for handled (200), false to be sent the event again
 * later (425, as the reference's `IEventHandler` returning false). A throw answers 500.
 */
export type EventHandlerResult = boolean | undefined | void;

const CODE_FILE = 'events-receiver-code.txt';

/**
 * The secret `code` of `api/v1/eventsreceiver?code=` (the reference keeps it in a key vault), kept
 * in the data folder so subscriptions made with it stay valid across restarts.
 */
export function receiverCode(dataDir: string): string {
  const file = join(dataDir, CODE_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const code = randomBytes(16).toString('hex');
  writeFileSync(file, code, { mode: 0o600 });
  return code;
}

export function codeMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A `fetch` as the service owner of the app a URL belongs to, with one token per server and org. */
export function serviceOwnerFetcher(): EventHandlerInput['serviceOwnerFetch'] {
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (origin: string, org: string) => {
    const key = `${origin} ${org}`;
    let token = tokens.get(key);
    if (!token) {
      token = fetch(`${origin}/Home/GetTestOrgToken/${encodeURIComponent(org)}`).then(async (response) => {
        if (!response.ok) throw new Error(`${origin} gave no service owner token for ${org}: HTTP ${response.status}`);
        return response.text();
      });
      token.catch(() => tokens.delete(key));
      tokens.set(key, token);
    }
    return token;
  };
  return async (url, init = {}) => {
    const target = new URL(url);
    const org = target.pathname.split('/').filter(Boolean)[0];
    if (!org) throw new Error(`${url} names no app (/{org}/{app}/…), so there is no service owner to act as.`);
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${await tokenFor(target.origin, org)}`);
    if (typeof init.body === 'string' && !headers.has('content-type')) headers.set('content-type', 'application/json');
    return fetch(target, { ...init, headers });
  };
}
