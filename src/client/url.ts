/** A query value; `undefined` and `null` leave the parameter out. */
export type QueryValue = string | number | boolean | null | undefined;

export type QueryParams = Record<string, QueryValue>;

/**
 * Joins the app root and path segments, encoding each segment on its own so that an id holding
 * `/`, `?` or `#` cannot change which route is called.
 */
export function buildUrl(appRoot: string, segments: readonly string[], query: QueryParams = {}): string {
  const path = segments.map(encodeURIComponent).join('/');
  const search = Object.entries(query)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== null)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
  return search ? `${appRoot}/${path}?${search}` : `${appRoot}/${path}`;
}

/**
 * `{baseUrl}/{org}/{app}`. An empty base URL gives a root-relative URL, which is what a form
 * served by the app itself wants.
 */
export function appRootUrl(baseUrl: string, org: string, app: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(org)}/${encodeURIComponent(app)}`;
}

/** Splits `{instanceOwnerPartyId}/{instanceGuid}` (the form of `Instance.id`) into path segments. */
export function instanceSegments(instanceId: string): [string, string, string] {
  const match = /^([^/]+)\/([^/]+)$/.exec(instanceId);
  if (!match) {
    throw new TypeError(
      `Instance id must be "{instanceOwnerPartyId}/{instanceGuid}", got ${JSON.stringify(instanceId)}`,
    );
  }
  return ['instances', match[1], match[2]];
}
