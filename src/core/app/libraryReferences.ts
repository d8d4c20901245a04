import { asRecord } from './appFormat.ts';

/**
 * What tells whether an app uses shared libraries of app parts (docs/libraries.md). It is all
 * the loader keeps of libraries for the many apps without one: the code that reads libraries
 * (libraries.ts, libraryParts.ts) is loaded only when an app declares or refers to one.
 */

/** The file where an app names its libraries. */
export const LIBRARIES_FILE = 'App/config/skjema-libraries.json';

/** `common:kommuner` → `{ library: 'common', name: 'kommuner' }`; undefined for a plain name. */
export function splitReference(reference: string): { library: string; name: string } | undefined {
  const colon = reference.indexOf(':');
  if (colon <= 0 || colon === reference.length - 1) return undefined;
  return { library: reference.slice(0, colon), name: reference.slice(colon + 1) };
}

export interface PartReference {
  $part: string;
  idPrefix?: string;
}

export function isPartReference(entry: unknown): entry is PartReference {
  return asRecord(entry) !== undefined && typeof (entry as { $part?: unknown }).$part === 'string';
}

/** The place of each component part reference (`{ "$part": ... }`) in a page file's layout. */
export function partPointers(value: unknown): string[] {
  const layout = (value as { data?: { layout?: unknown } } | null)?.data?.layout;
  if (!Array.isArray(layout)) return [];
  return layout.flatMap((entry, index) => (isPartReference(entry) ? [`/data/layout/${index}`] : []));
}
