import { useState } from 'react';
import type { LoadedLayoutSet } from '../../core/app/types.ts';
import { useRenderersLoaded } from '../hooks/useRenderersLoaded.ts';
import type { ComponentRegistry } from '../registry/ComponentRegistry.ts';
import { rendererTypesOfPage } from './rendererTypes.ts';

/**
 * Whether the renderers of the form's first page are loaded, starting their download if not. The
 * form is held back until they are, so it is built and its first page rendered in one pass, as
 * without lazy renderers: shown first, the form would run its start-up work (effects) while the
 * renderers load, and show the page only after. Once shown, the form stays: later pages wait for
 * their own renderers in `FormPage`.
 */
export function useFirstPageRenderers(
  registry: ComponentRegistry,
  layoutSet: LoadedLayoutSet | undefined,
  page: string | undefined,
): boolean {
  const [types] = useState(() => {
    const first = page ?? layoutSet?.pageOrder[0];
    return layoutSet && first !== undefined ? rendererTypesOfPage(layoutSet, first) : [];
  });
  return useRenderersLoaded(registry, types);
}
