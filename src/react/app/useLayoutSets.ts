import { useEffect, useState } from 'react';
import type { LoadedLayoutSet } from '../../core/app/types.ts';
import type { Diagnostic } from '../../core/diagnostics.ts';
import type { ConnectedApp } from '../../connected/index.ts';
import { usePrecompiledValidators } from '../context/PrecompiledValidators.ts';

export type LayoutSetsState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown; diagnostics: readonly Diagnostic[] }
  | { status: 'ready'; layoutSets: readonly LoadedLayoutSet[] };

// Layout sets do not change while an app runs: load each once per app, whichever task asks.
const cache = new WeakMap<ConnectedApp, Map<string, Promise<LoadedLayoutSet>>>();

export function loadLayoutSetOnce(
  app: ConnectedApp,
  layoutSetId: string,
  precompiledValidators?: Readonly<Record<string, unknown>>,
): Promise<LoadedLayoutSet> {
  let sets = cache.get(app);
  if (!sets) cache.set(app, (sets = new Map()));
  let loading = sets.get(layoutSetId);
  if (!loading) {
    loading = app.loadLayoutSet(layoutSetId, { precompiledValidators }).then(({ layoutSet, diagnostics }) => {
      if (layoutSet) return layoutSet;
      throw new LayoutSetError(layoutSetId, diagnostics);
    });
    // A failed load is tried again next time (the network may be back).
    loading.catch(() => sets.delete(layoutSetId));
    sets.set(layoutSetId, loading);
  }
  return loading;
}

/** The layout set could not be read at all; `diagnostics` say where. */
export class LayoutSetError extends Error {
  override readonly name = 'LayoutSetError';
  constructor(
    readonly layoutSetId: string,
    readonly diagnostics: readonly Diagnostic[],
  ) {
    super(`Layout set ${layoutSetId} could not be loaded: ${diagnostics.map((d) => d.message).join('; ')}`);
  }
}

/** Loads the named layout sets (in the order given); `ids` is compared by content. */
export function useLayoutSets(app: ConnectedApp, ids: readonly string[]): LayoutSetsState {
  const key = ids.join('\n');
  const [state, setState] = useState<{ key: string; value: LayoutSetsState }>({ key, value: { status: 'loading' } });
  // Models with precompiled validators need no schema interpreter (issue 14).
  const precompiledValidators = usePrecompiledValidators();
  useEffect(() => {
    let active = true;
    const wanted = key === '' ? [] : key.split('\n');
    Promise.all(wanted.map((id) => loadLayoutSetOnce(app, id, precompiledValidators))).then(
      (layoutSets) => active && setState({ key, value: { status: 'ready', layoutSets } }),
      (error: unknown) =>
        active &&
        setState({
          key,
          value: { status: 'failed', error, diagnostics: error instanceof LayoutSetError ? error.diagnostics : [] },
        }),
    );
    return () => {
      active = false;
    };
  }, [app, key, precompiledValidators]);
  return state.key === key ? state.value : { status: 'loading' };
}
