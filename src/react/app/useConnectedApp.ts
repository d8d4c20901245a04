import { useEffect, useMemo, useState } from 'react';
import { connectAltinnApp, type ConnectAltinnAppOptions } from '../../connected/app/connectAltinnApp.ts';
import type { ConnectedApp } from '../../connected/index.ts';

/** Where the app backend is: a connected app the host built, or its address and the user's credentials. */
export type AltinnAppConnection =
  | { connectedApp: ConnectedApp }
  | {
      /** Origin in front of `/{org}/{app}`, e.g. `https://ttd.apps.tt02.altinn.no`; `''` when served by the app. */
      baseUrl: string;
      org: string;
      app: string;
      /** `{ kind: 'bearer', token }` (a string, or a function for a refreshed one) or `{ kind: 'cookie' }`. */
      auth: ConnectAltinnAppOptions['auth'];
    };

/**
 * The connected app to run. Built from an address, it lives as long as the address does; a new
 * token (a new `auth` object on every render) is read per request instead of rebuilding the app.
 */
export function useConnectedApp(connection: AltinnAppConnection, language: string): ConnectedApp {
  const given = 'connectedApp' in connection ? connection.connectedApp : undefined;
  const address = 'connectedApp' in connection ? undefined : connection;
  const [latest] = useState(() => new Latest(address?.auth, language));
  useEffect(() => latest.update(address?.auth, language));
  const baseUrl = address?.baseUrl;
  const org = address?.org;
  const app = address?.app;
  const authKind = address?.auth.kind;
  const built = useMemo(() => {
    if (baseUrl === undefined || org === undefined || app === undefined || authKind === undefined) return undefined;
    const auth: ConnectAltinnAppOptions['auth'] =
      authKind === 'bearer'
        ? {
            kind: 'bearer',
            token: () => {
              const current = latest.auth();
              if (current?.kind !== 'bearer') return '';
              return typeof current.token === 'function' ? current.token() : current.token;
            },
          }
        : { kind: 'cookie', readCookies: () => readCookies(latest.auth()) };
    return connectAltinnApp({ baseUrl, org, app, auth, language: () => latest.language() });
  }, [baseUrl, org, app, authKind, latest]);
  // Not disposed on unmount: StrictMode's trial unmount would leave the remounted form a dead app,
  // and what needs stopping (an instance's saves and polls) is disposed by the entry flow.
  const connected = given ?? built;
  if (!connected) throw new Error('AltinnApp needs either connectedApp or baseUrl, org, app and auth.');
  return connected;
}

function readCookies(auth: ConnectAltinnAppOptions['auth'] | undefined): string | undefined {
  if (auth?.kind === 'cookie' && auth.readCookies) return auth.readCookies();
  return globalThis.document?.cookie;
}

/** The host's latest credentials and language, read per request rather than while rendering. */
class Latest {
  constructor(
    private currentAuth: ConnectAltinnAppOptions['auth'] | undefined,
    private currentLanguage: string,
  ) {}
  update(auth: ConnectAltinnAppOptions['auth'] | undefined, language: string): void {
    this.currentAuth = auth;
    this.currentLanguage = language;
  }
  auth(): ConnectAltinnAppOptions['auth'] | undefined {
    return this.currentAuth;
  }
  language(): string {
    return this.currentLanguage;
  }
}
