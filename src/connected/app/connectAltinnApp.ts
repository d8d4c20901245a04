import { createAppClient, type ClientAuth, type FetchLike } from '../../client/index.ts';
import type { ConnectedApp, ConnectedAppOptions } from '../types.ts';
import { createConnectedApp } from './createConnectedApp.ts';

export interface ConnectAltinnAppOptions extends Omit<ConnectedAppOptions, 'client'> {
  /** Origin (and any path prefix) in front of `/{org}/{app}`; `''` when served by the app itself. */
  baseUrl: string;
  org: string;
  app: string;
  /** A bearer token (or a function handing out a fresh one), or the browser's Altinn cookie. */
  auth: ClientAuth;
  fetch?: FetchLike;
}

/**
 * The connected app for an app backend by address: the React `AltinnApp` may not reach the client
 * itself (the dependency rule), so hosts that have only a URL and a token get the app here.
 */
export function connectAltinnApp({
  baseUrl,
  org,
  app,
  auth,
  fetch,
  ...options
}: ConnectAltinnAppOptions): ConnectedApp {
  const client = createAppClient({ baseUrl, org, app, auth, fetch, language: options.language });
  return createConnectedApp({ ...options, client });
}
