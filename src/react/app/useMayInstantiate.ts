import { useEffect, useState } from 'react';

/**
 * The host's answer to whether the user may start a new instance for `partyId`. Without a host
 * answer, true (the backend decides); while the host is asked, false, so no button flashes up and
 * goes; when asking fails, true, and the backend decides.
 */
export function useMayInstantiate(
  mayInstantiate: ((partyId: number) => Promise<boolean> | boolean) | undefined,
  partyId: number | undefined,
): boolean {
  const [answer, setAnswer] = useState<{ partyId: number; may: boolean }>();
  useEffect(() => {
    if (!mayInstantiate || partyId === undefined) return;
    let current = true;
    Promise.resolve(mayInstantiate(partyId))
      .then((may) => current && setAnswer({ partyId, may }))
      .catch(() => current && setAnswer({ partyId, may: true }));
    return () => {
      current = false;
    };
  }, [mayInstantiate, partyId]);
  return answer !== undefined && answer.partyId === partyId ? answer.may : !mayInstantiate;
}
