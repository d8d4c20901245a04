/** What `skjema preview` tells its page at `/` when it runs several apps (see src/bin/previewFrontend.ts). */
export interface PreviewAppListConfig {
  apps: readonly { org: string; app: string; title: Readonly<Record<string, string>> }[];
}

export function readAppList(): PreviewAppListConfig {
  const block = document.getElementById('skjema-preview');
  if (!block?.textContent) throw new Error('This page must be served by `skjema preview`.');
  return JSON.parse(block.textContent) as PreviewAppListConfig;
}
