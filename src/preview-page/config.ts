/** What `skjema preview` tells its page (a JSON data block in the HTML, see src/bin/previewFrontend.ts). */
export interface PreviewPageConfig {
  org: string;
  app: string;
  testUsers: readonly { userId: number; name: string; partyId: number }[];
}

export function readPreviewConfig(): PreviewPageConfig {
  const block = document.getElementById('skjema-preview');
  if (!block?.textContent) throw new Error('This page must be served by `skjema preview`.');
  return JSON.parse(block.textContent) as PreviewPageConfig;
}

/** The instance in the address (`#/instance/{partyId}/{guid}`), so a reload continues it, as in Altinn. */
export function instanceIdFromLocation(): string | undefined {
  const match = /^#\/instance\/(\d+\/[0-9a-f-]{36})$/i.exec(window.location.hash);
  return match?.[1];
}

export function rememberInstance(instanceId: string): void {
  window.history.replaceState(null, '', `#/instance/${instanceId}`);
}
