import { useMemo, useState, type ReactNode } from 'react';
import type { LoadedLayoutSet } from '../../core/app/types.ts';
import { useRenderersLoaded } from '../hooks/useRenderersLoaded.ts';
import type { ComponentRegistry } from '../registry/ComponentRegistry.ts';
import { createDefaultRegistry } from '../registry/defaultRegistry.ts';
import type { ComponentDefinition } from '../registry/types.ts';
import { rendererTypesOfPage } from './rendererTypes.ts';

interface FirstPageRenderersProps {
  layoutSet: LoadedLayoutSet | undefined;
  /** The page the form opens on, when the host says; else the first in the page order. */
  page: string | undefined;
  registry: ComponentRegistry | undefined;
  components: readonly ComponentDefinition[] | undefined;
  children: ReactNode;
}

/**
 * Holds the form back until the renderers of its first page are loaded, so the form is built and
 * its first page rendered in one pass, as without lazy renderers: built first, the form would run
 * its start-up work (validation, effects) while the renderers load, and show the page only after.
 * Once shown, the form stays: later pages wait for their own renderers in `FormPage`.
 */
export function FirstPageRenderers({ layoutSet, page, registry, components, children }: FirstPageRenderersProps) {
  const withComponents = useMemo(
    () => (registry ?? createDefaultRegistry()).extend(components ?? []),
    [registry, components],
  );
  const [types] = useState(() => {
    const first = page ?? layoutSet?.pageOrder[0];
    return layoutSet && first !== undefined ? rendererTypesOfPage(layoutSet, first) : [];
  });
  return useRenderersLoaded(withComponents, types) ? children : null;
}
