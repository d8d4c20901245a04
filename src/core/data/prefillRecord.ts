import type { DataElement, KeyValueEntry } from '../../wire/dataElement.ts';

/**
 * skjema's record of which fields of a form data element were prefilled, and from where. The
 * reference records nothing (platform spec §2.6); skjema's preview keeps it in the element's
 * `metadata` list under this key, as JSON, so a form can tell the user where a value came from.
 */
export const PREFILL_METADATA_KEY = 'skjema.prefill';

/** Where a prefilled value came from: the instantiation's or the URL's `prefill` map, or a register. */
export type PrefillOrigin = 'prefill' | 'UserProfile' | 'ER' | 'DSF';

export interface PrefilledField {
  /** The model path (`contactInformation.fullName`). */
  readonly path: string;
  readonly source: PrefillOrigin;
  /** The value written; a field whose value differs now was changed by the user. */
  readonly value: unknown;
}

const ORIGINS: ReadonlySet<string> = new Set<PrefillOrigin>(['prefill', 'UserProfile', 'ER', 'DSF']);

/** The metadata entry for a record; none when nothing was prefilled. */
export function prefillMetadataEntry(fields: readonly PrefilledField[]): KeyValueEntry[] {
  return fields.length === 0 ? [] : [{ key: PREFILL_METADATA_KEY, value: JSON.stringify(fields) }];
}

/** The prefilled fields an element's metadata records; an entry that is not skjema's shape is ignored. */
export function readPrefillRecord(element: Pick<DataElement, 'metadata'>): PrefilledField[] {
  const entry = element.metadata?.find((candidate) => candidate.key === PREFILL_METADATA_KEY);
  if (!entry?.value) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(entry.value);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (item): item is PrefilledField =>
      item !== null &&
      typeof item === 'object' &&
      typeof (item as PrefilledField).path === 'string' &&
      ORIGINS.has((item as PrefilledField).source),
  );
}
