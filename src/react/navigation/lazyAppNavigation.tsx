import { useEffect, useState, type ReactNode } from 'react';
import type { AppNavigationProps } from './AppNavigation.tsx';

type AppNavigationModule = typeof import('./AppNavigation.tsx');

// The app navigation (page groups, process steps) is loaded only by forms that show it: a form
// with a plain page order does not.
let loaded: AppNavigationModule | undefined;
let loading: Promise<AppNavigationModule> | undefined;

/** Loads the app navigation; loading again costs nothing, and a failed load is tried again. */
export function loadAppNavigation(): Promise<AppNavigationModule> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import('./AppNavigation.tsx').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The module once loaded; asks for it when it is not. */
function useAppNavigationModule(): AppNavigationModule | undefined {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (module) return;
    let mounted = true;
    const settle = () => {
      if (mounted) setModule(loaded);
    };
    loadAppNavigation().then(settle, settle);
    return () => {
      mounted = false;
    };
  }, [module]);
  return module;
}

/**
 * `AppNavigation`, loaded on demand. A form that shows it from the start has it loaded before its
 * first render (`AppNavigationLoaded`); one that gains it later shows it once loaded.
 */
export function LazyAppNavigation(props: AppNavigationProps) {
  const module = useAppNavigationModule();
  return module ? <module.AppNavigation {...props} /> : null;
}

/**
 * Holds `children` back until the app navigation has loaded when `needed`, as the first page's
 * renderers are awaited, so the form shows with its navigation in one pass. Should it fail to
 * load, the form shows without it rather than not at all.
 */
export function AppNavigationLoaded({ needed, children }: { needed: boolean; children: ReactNode }) {
  const [settled, setSettled] = useState(() => !needed || loaded !== undefined);
  useEffect(() => {
    if (settled) return;
    let mounted = true;
    const settle = () => {
      if (mounted) setSettled(true);
    };
    loadAppNavigation().then(settle, settle);
    return () => {
      mounted = false;
    };
  }, [settled]);
  return settled ? children : null;
}
