import { onDemandPart, useOnDemandPart } from '../render/onDemandPart.tsx';
import type { AppNavigationProps } from './AppNavigation.tsx';

/**
 * The app navigation (page groups, process steps), loaded only by forms that show it: a form with
 * a plain page order does not. `SkjemaForm` loads it before its first render when it shows it.
 */
export const appNavigationPart = onDemandPart(() => import('./AppNavigation.tsx'));

export const loadAppNavigation = appNavigationPart.load;

/** `AppNavigation`, loaded on demand; a form that gains it later shows it once loaded. */
export function LazyAppNavigation(props: AppNavigationProps) {
  const module = useOnDemandPart(appNavigationPart);
  return module ? <module.AppNavigation {...props} /> : null;
}
