import { useEffect, useState, type ReactNode } from 'react';
import { onDemand, type OnDemand } from '../../core/onDemand.ts';

/**
 * A module of the React layer that only some forms load (the app navigation, the subform editor):
 * loading again costs nothing, and a failed load is tried again.
 */
export type OnDemandPart<Module> = OnDemand<Module>;

export const onDemandPart: <Module>(importer: () => Promise<Module>) => OnDemandPart<Module> = onDemand;

/** The part's module once loaded; asks for it when it is not and `wanted`. */
export function useOnDemandPart<Module>(part: OnDemandPart<Module>, wanted = true): Module | undefined {
  const [module, setModule] = useState(part.loaded);
  useEffect(() => {
    if (module || !wanted) return;
    let mounted = true;
    const settle = () => {
      if (mounted) setModule(part.loaded());
    };
    part.load().then(settle, settle);
    return () => {
      mounted = false;
    };
  }, [part, module, wanted]);
  return module;
}

/**
 * Holds `children` back until `parts` have loaded, as the first page's renderers are awaited, so
 * the form shows with them in one pass. Should one fail to load, the form shows without it rather
 * than not at all.
 */
export function PartsLoaded({ parts, children }: { parts: readonly OnDemandPart<unknown>[]; children: ReactNode }) {
  const [settled, setSettled] = useState(() => parts.every((part) => part.loaded() !== undefined));
  useEffect(() => {
    if (settled) return;
    let mounted = true;
    const settle = () => {
      if (mounted) setSettled(true);
    };
    Promise.allSettled(parts.map((part) => part.load())).then(settle, settle);
    return () => {
      mounted = false;
    };
  }, [settled, parts]);
  return settled ? children : null;
}
