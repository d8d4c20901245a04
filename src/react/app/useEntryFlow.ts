import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ActiveInstance,
  AppBootstrap,
  ConnectedApp,
  ConnectedInstance,
  EntryDecision,
} from '../../connected/index.ts';
import type { Party } from '../../wire/index.ts';
import type { AppProblem } from './ErrorPage.tsx';
import { problemOf } from './problemOf.ts';

/** Where the user is on the way into a running instance. */
export type EntryPhase =
  | { kind: 'loading' }
  | { kind: 'problem'; problem: AppProblem }
  | { kind: 'selectParty'; parties: Party[]; notAllowed: boolean }
  | { kind: 'selectInstance'; party: Party; instances: ActiveInstance[] }
  | { kind: 'stateless'; layoutSetId: string; party: Party | undefined }
  | { kind: 'instance'; instance: ConnectedInstance };

export interface EntryFlow {
  phase: EntryPhase;
  bootstrap: AppBootstrap | undefined;
  /** True while a choice (party, instance, new instance) is on its way. */
  busy: boolean;
  selectParty(partyId: string): void;
  openInstance(instanceId: string): void;
  createInstance(prefill?: Record<string, string>): void;
  /** Takes over an instance opened elsewhere (a feedback task that moved on). */
  replaceInstance(instance: ConnectedInstance): void;
  /** Starts again from `load()` after a failure. */
  retry(): void;
}

/**
 * Loads the app and walks the entry decision: party selection when the backend asks for it,
 * instance selection for `select-instance`, a new instance otherwise, or the stateless form. A
 * failure shows its problem page; retry starts over. An opened instance is disposed when another
 * replaces it or the component unmounts.
 */
export function useEntryFlow(app: ConnectedApp, instanceId: string | undefined): EntryFlow {
  const [phase, setPhase] = useState<EntryPhase>({ kind: 'loading' });
  const [bootstrap, setBootstrap] = useState<AppBootstrap>();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const party = useRef<Party | undefined>(undefined);
  const current = useRef<ConnectedInstance | undefined>(undefined);
  // Each load (and React's trial mount in StrictMode) is one generation; answers that arrive for
  // an older one are dropped, so a double mount never creates two instances.
  const generation = useRef(0);

  const enter = useCallback((instance: ConnectedInstance) => {
    if (current.current !== instance) current.current?.dispose();
    current.current = instance;
    setPhase({ kind: 'instance', instance });
  }, []);

  const run = useCallback((step: (isCurrent: () => boolean) => Promise<void>) => {
    const mine = generation.current;
    const isCurrent = () => generation.current === mine;
    setBusy(true);
    step(isCurrent)
      .catch((error: unknown) => {
        if (isCurrent()) setPhase({ kind: 'problem', problem: problemOf(error) });
      })
      .finally(() => {
        if (isCurrent()) setBusy(false);
      });
  }, []);

  /** Opens what `open` resolves to, unless the flow has moved on meanwhile. */
  const adopt = useCallback(
    (instance: ConnectedInstance, isCurrent: () => boolean) => {
      if (isCurrent()) enter(instance);
      else instance.dispose();
    },
    [enter],
  );

  const decide = useCallback(
    async (entry: EntryDecision, isCurrent: () => boolean) => {
      if (!isCurrent()) return;
      switch (entry.kind) {
        case 'select-party':
          setPhase({ kind: 'selectParty', parties: entry.parties, notAllowed: entry.reason === 'not-allowed' });
          return;
        case 'no-party':
          setPhase({ kind: 'selectParty', parties: [], notAllowed: false });
          return;
        case 'select-instance':
          party.current = entry.party;
          setPhase({ kind: 'selectInstance', party: entry.party, instances: entry.instances });
          return;
        case 'new-instance': {
          party.current = entry.party;
          adopt(await app.createInstance(entry.party.partyId), isCurrent);
          return;
        }
        case 'stateless':
          party.current = entry.party;
          setPhase({ kind: 'stateless', layoutSetId: entry.layoutSetId, party: entry.party });
          return;
      }
    },
    [app, adopt],
  );

  useEffect(() => {
    const mine = ++generation.current;
    const isCurrent = () => generation.current === mine;
    const start = async () => {
      const loaded = await app.load();
      if (!isCurrent()) return;
      setBootstrap(loaded);
      if (instanceId) adopt(await app.openInstance(instanceId), isCurrent);
      else await decide(loaded.entry, isCurrent);
    };
    start().catch((error: unknown) => {
      if (isCurrent()) setPhase({ kind: 'problem', problem: problemOf(error) });
    });
    return () => {
      generation.current += 1;
      current.current?.dispose();
      current.current = undefined;
    };
  }, [app, instanceId, attempt, decide, adopt]);

  return {
    phase,
    bootstrap,
    busy,
    selectParty: (partyId) => run(async (isCurrent) => decide(await app.selectParty(Number(partyId)), isCurrent)),
    openInstance: (id) => run(async (isCurrent) => adopt(await app.openInstance(id), isCurrent)),
    createInstance: (prefill) =>
      run(async (isCurrent) => {
        const owner = party.current ?? bootstrap?.selectedParty;
        if (!owner) throw new Error('No party to create the instance for.');
        adopt(await app.createInstance(owner.partyId, prefill ? { prefill } : undefined), isCurrent);
      }),
    replaceInstance: enter,
    retry: () => {
      setPhase({ kind: 'loading' });
      setAttempt((count) => count + 1);
    },
  };
}
