/** The readable cookie the preview sets for the double-submit XSRF check (src/preview/auth/request.ts). */
const XSRF_COOKIE_NAME = 'XSRF-TOKEN';

/** A delegation as `GET /{org}/{app}/skjema/delegations` returns it (docs/preview.md, "Delegation"). */
export interface DelegationView {
  id: string;
  from: { partyId: number; name: string | null };
  to: { partyId: number; name: string | null };
  instanceId: string | null;
  rights: { action: string; taskId: string | null }[];
  grantedBy: number;
  granted: string;
}

export interface DelegationChoices {
  /** Parties the signed-in user administers. */
  parties: { partyId: number; name: string }[];
  /** Actions the app's policy names. */
  actions: string[];
  tasks: { id: string; name: string }[];
}

export interface DelegationGrant {
  from: { partyId: number };
  to: { userId: number };
  instanceId?: string;
  rights: { action: string; taskId?: string }[];
}

export interface ActiveInstance {
  id: string;
  lastChanged: string | null;
}

export interface DelegationApiOptions {
  org: string;
  app: string;
  /** Default: the page's own origin. */
  baseUrl?: string;
  /** Default: the session cookie, with the XSRF header a change needs. */
  headers?: () => Record<string, string>;
}

function xsrfHeader(): Record<string, string> {
  const xsrf = document.cookie
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === XSRF_COOKIE_NAME)?.[1];
  return xsrf ? { 'x-xsrf-token': decodeURIComponent(xsrf) } : {};
}

/** The preview's delegation API; a refusal throws an Error with the server's ProblemDetails `detail`. */
export function delegationApi({ org, app, baseUrl = '', headers = xsrfHeader }: DelegationApiOptions) {
  const base = `${baseUrl}/${org}/${app}`;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}/${path}`, {
      method,
      credentials: 'same-origin',
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers(),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const detail = (parsed as { detail?: string } | undefined)?.detail;
      throw new Error(detail ?? `${response.status} ${response.statusText}`);
    }
    return parsed as T;
  };
  return {
    choices: () => call<DelegationChoices>('GET', 'skjema/delegations/choices'),
    list: (partyId: number) => call<DelegationView[]>('GET', `skjema/delegations?party=${partyId}`),
    grant: (grant: DelegationGrant) => call<DelegationView>('POST', 'skjema/delegations', grant),
    revoke: (id: string) => call<void>('DELETE', `skjema/delegations/${encodeURIComponent(id)}`),
    activeInstances: (partyId: number) => call<ActiveInstance[]>('GET', `instances/${partyId}/active`),
  };
}

export type DelegationApi = ReturnType<typeof delegationApi>;
