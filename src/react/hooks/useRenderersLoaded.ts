import { useEffect, useState } from 'react';
import type { ComponentRegistry } from '../registry/ComponentRegistry.ts';

const NO_TYPES: readonly string[] = [];

/**
 * Whether the renderers of `types` are loaded, loading them if not: false until they all are (or
 * have failed), then the component renders again. `preload` are loaded in the background once
 * `types` are, so the next page usually finds its renderers ready.
 */
export function useRenderersLoaded(
  registry: ComponentRegistry,
  types: readonly string[],
  preload: readonly string[] = NO_TYPES,
): boolean {
  const loaded = registry.isLoaded(types);
  const [, setLoads] = useState(0);
  // Started while rendering rather than after the commit, so the chunks are fetched a little
  // sooner; `load` is idempotent.
  if (!loaded) void registry.load(types);
  useEffect(() => {
    if (loaded) {
      void registry.load(preload);
      return;
    }
    let current = true;
    void registry.load(types).then(() => current && setLoads((count) => count + 1));
    return () => {
      current = false;
    };
  }, [registry, types, preload, loaded]);
  return loaded;
}
