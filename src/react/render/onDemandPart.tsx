import { useEffect, useState, type ReactNode } from 'react';

/** A module of the React layer that only some forms load (the app navigation, the subform editor). */
export interface OnDemandPart<Module> {
  /** Loads it; loading again costs nothing, and a failed load is tried again. */
  load(): Promise<Module>;
  /** The module if it has loaded. */
  loaded(): Module | undefined;
}

export function onDemandPart<Module>(importer: () => Promise<Module>): OnDemandPart<Module> {
  let module: Module | undefined;
  let loading: Promise<Module> | undefined;
  return {
    load() {
      if (module) return Promise.resolve(module);
      loading ??= importer().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => module,
  };
}

/** The part's module once loaded; asks for it when it is not. */
export function useOnDemandPart<Module>(part: OnDemandPart<Module>): Module | undefined {
  const [module, setModule] = useState(part.loaded);
  useEffect(() => {
    if (module) return;
    let mounted = true;
    const settle = () => {
      if (mounted) setModule(part.loaded());
    };
    part.load().then(settle, settle);
    return () => {
      mounted = false;
    };
  }, [part, module]);
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
