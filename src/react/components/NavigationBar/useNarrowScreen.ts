import { useCallback, useSyncExternalStore } from 'react';

// Below this width the page list takes more room than the form itself.
const NARROW = '(max-width: 40rem)';

/** True on phone-sized screens; false where `matchMedia` is unknown (server, older test DOMs). */
export function useNarrowScreen(): boolean {
  const subscribe = useCallback((onChange: () => void) => {
    if (typeof window === 'undefined' || !window.matchMedia) return () => {};
    const query = window.matchMedia(NARROW);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const read = () => typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(NARROW).matches;
  return useSyncExternalStore(subscribe, read, () => false);
}
