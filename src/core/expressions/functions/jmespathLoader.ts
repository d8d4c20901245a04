import { onDemand } from '../../onDemand.ts';

/**
 * The JMESPath library (a tenth of the engine) is loaded only for apps whose expressions call
 * `jmespath` (v9): `loadLayoutSet` loads it when the app's files do, before anything is evaluated,
 * so evaluation stays synchronous.
 */

type Search = (data: unknown, query: string) => unknown;

const library = onDemand(() => import('jmespath').then((module) => module.search as Search));

/** The library's `search` when it is loaded. */
export function loadedJmespath(): Search | undefined {
  return library.loaded();
}

/** Loads the library (once; a failed load is tried again next time). */
export async function loadJmespath(): Promise<void> {
  await library.load();
}
