import { loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../src/core/app/source.ts';
import type { LoadedLayoutSet } from '../../src/core/app/types.ts';

// Vite inlines the example app's files, so browser tests and stories load it exactly as an
// embedding page would: from objects, through loadLayoutSet.
const files = import.meta.glob('../../examples/event-permit/App/**/*.json', { eager: true, import: 'default' });

export async function loadExampleApp(): Promise<LoadedLayoutSet> {
  const byAppPath = Object.fromEntries(
    Object.entries(files).map(([path, content]) => [path.slice(path.indexOf('App/')), content]),
  );
  const { layoutSet, diagnostics } = await loadLayoutSet(objectSource(byAppPath));
  if (!layoutSet || diagnostics.length > 0) throw new Error(`Example app did not load: ${JSON.stringify(diagnostics)}`);
  return layoutSet;
}
