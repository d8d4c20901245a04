import { onDemand } from '../../onDemand.ts';

/**
 * The date formatter of `formatDate` (its tokens and the languages' month and day names) is
 * loaded only for apps whose expressions call `formatDate`: `loadLayoutSet` loads it when the
 * app's files do, before anything is evaluated, so evaluation stays synchronous.
 */

const formatter = onDemand(() => import('../format-date.ts').then((module) => module.formatDate));

/** The formatter when it is loaded. */
export function loadedDateFormatter() {
  return formatter.loaded();
}

/** Loads the formatter (once; a failed load is tried again next time). */
export async function loadDateFormatter(): Promise<void> {
  await formatter.load();
}
