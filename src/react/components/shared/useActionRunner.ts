import { useCallback, useRef, useState } from 'react';

export interface ActionRunner {
  busy: boolean;
  failed: boolean;
  /** Runs the action once at a time; a second press while it runs is ignored. */
  run(action: () => Promise<void> | void): void;
}

export function useActionRunner(): ActionRunner {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const running = useRef(false);
  const run = useCallback((action: () => Promise<void> | void) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setFailed(false);
    Promise.resolve()
      .then(action)
      .then(
        () => setFailed(false),
        () => setFailed(true),
      )
      .finally(() => {
        running.current = false;
        setBusy(false);
      });
  }, []);
  return { busy, failed, run };
}
