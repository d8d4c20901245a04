import { useEffect } from 'react';

/**
 * Asks the browser to warn before the page is left while `unsaved()` says changes are not stored
 * yet. The question is asked when the user leaves, not when the hook renders, so a save that
 * finishes in between is taken into account.
 */
export function useBeforeUnload(unsaved: () => boolean): void {
  useEffect(() => {
    const listener = (event: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      event.preventDefault();
      // Older browsers show the warning only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', listener);
    return () => window.removeEventListener('beforeunload', listener);
  }, [unsaved]);
}
