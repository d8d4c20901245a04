/** What `skjema preview` tells its page (a JSON data block in the HTML, see src/bin/previewFrontend.ts). */
export interface PreviewPageConfig {
  org: string;
  app: string;
  testUsers: readonly { userId: number; name: string; partyId: number }[];
  /** Data types whose precompiled validators the page imports (`/{org}/{app}/skjema/validators/{dataType}.js`). */
  modelDataTypes: readonly string[];
}

export function readPreviewConfig(): PreviewPageConfig {
  const block = document.getElementById('skjema-preview');
  if (!block?.textContent) throw new Error('This page must be served by `skjema preview`.');
  return JSON.parse(block.textContent) as PreviewPageConfig;
}

/**
 * Where the user is, in the address as Altinn keeps it (`#/instance/{partyId}/{guid}/{taskId}/{page}`),
 * so a reload continues the same instance on the same page.
 */
export interface AddressLocation {
  instanceId: string;
  page?: string;
}

export function locationFromAddress(): AddressLocation | undefined {
  const match = /^#\/instance\/(\d+\/[0-9a-f-]{36})(?:\/[^/]+\/([^/]+))?$/i.exec(window.location.hash);
  if (!match) return undefined;
  return { instanceId: match[1]!, page: match[2] === undefined ? undefined : decodeURIComponent(match[2]) };
}

export function rememberLocation(instanceId: string, where?: { taskId: string; page: string }): void {
  const rest = where ? `/${encodeURIComponent(where.taskId)}/${encodeURIComponent(where.page)}` : '';
  window.history.replaceState(null, '', `#/instance/${instanceId}${rest}`);
}
