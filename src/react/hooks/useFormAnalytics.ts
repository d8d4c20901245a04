import { useEffect, useRef, useState } from 'react';
import type { FormAnalytics, FormAnalyticsEvent } from '../../core/index.ts';
import type { FormSession } from '../../core/session/index.ts';

/**
 * A stable function that tells the host's latest `onAnalytics`, or undefined when the host gave
 * none when the form mounted: analytics are opt-in, and without a listener nothing is measured.
 */
export function useAnalyticsListener(
  onAnalytics: ((event: FormAnalyticsEvent) => void) | undefined,
): ((event: FormAnalyticsEvent) => void) | undefined {
  const latest = useRef(onAnalytics);
  useEffect(() => {
    latest.current = onAnalytics;
  });
  const [listener] = useState(() => (onAnalytics ? (event: FormAnalyticsEvent) => latest.current?.(event) : undefined));
  return listener;
}

/**
 * Attaches the analytics to the session while the form is shown, and tells them when the browser
 * hides the page (another tab, the window minimised, the page closed: `pagehide`) and shows it again.
 */
export function useAttachedAnalytics(analytics: FormAnalytics | undefined, session: FormSession): void {
  const mounted = useRef(false);
  useEffect(() => {
    if (!analytics) return;
    mounted.current = true;
    const detach = analytics.attach(session);
    const onVisibility = () => (document.visibilityState === 'hidden' ? analytics.hidden() : analytics.shown());
    const onPageHide = () => analytics.hidden();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      mounted.current = false;
      detach();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      // StrictMode unmounts and mounts again at once; only a form that stays unmounted has been left.
      queueMicrotask(() => {
        if (!mounted.current) analytics.leave();
      });
    };
  }, [analytics, session]);
}
