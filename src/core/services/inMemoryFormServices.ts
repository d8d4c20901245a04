import type { AppOption } from '../../wire/option.ts';
import type { DataListPage, DataListQuery } from './dataLists.ts';
import type { FormServices } from './formServices.ts';
import { createInMemoryAttachments, type InMemoryAttachmentSeed } from './inMemoryAttachments.ts';
import { createInMemorySubformEntries, type InMemorySubformSeed } from './inMemorySubformEntries.ts';
import { createInMemoryTasks, type InMemoryTaskSeed } from './inMemoryTasks.ts';
import type { OrganisationLookupResult, PersonLookupResult } from './lookups.ts';

export interface InMemorySeed extends InMemoryAttachmentSeed, InMemorySubformSeed, InMemoryTaskSeed {
  /** Code lists by options id (usually the layout set's `options`). */
  options?: Readonly<Record<string, AppOption[]>>;
  dataLists?: Readonly<Record<string, Record<string, unknown>[]>>;
  persons?: readonly PersonLookupResult[];
  organisations?: readonly OrganisationLookupResult[];
  /** Zip code → post place. Empty by default: a standalone form knows no post places. */
  postPlaces?: Readonly<Record<string, string>>;
  pdfPreviewUrl?: string;
  /** External API results by API id, as the app's external API would return them. */
  externalApis?: Readonly<Record<string, unknown>>;
}

/**
 * Services with no server: answers come from the seed, uploads and subform entries stay in memory.
 * Meant for standalone forms, stories and tests. There are no server actions.
 */
export function createInMemoryFormServices(seed: InMemorySeed = {}): FormServices {
  return {
    ...createInMemoryAttachments(seed),
    ...createInMemorySubformEntries(seed),
    ...createInMemoryTasks(seed),
    async fetchOptions(optionsId) {
      // An unknown code list fails as the app backend's 404 does, so the form says so instead of offering no choice.
      const options = seed.options?.[optionsId];
      if (!options) throw new Error(`No code list "${optionsId}".`);
      return { options: [...options] };
    },
    async lookupPerson(ssn, lastName) {
      const wanted = lastName.trim().toLowerCase();
      const person = seed.persons?.find(
        (p) => p.ssn === ssn && (p.lastName ?? p.name).toLowerCase().includes(wanted) && wanted !== '',
      );
      return person ? { ...person } : null;
    },
    async lookupOrganisation(orgNr) {
      const organisation = seed.organisations?.find((o) => o.orgNr === orgNr);
      return organisation ? { ...organisation } : null;
    },
    async lookupPostPlace(zipCode) {
      return seed.postPlaces?.[zipCode] ?? null;
    },
    async fetchDataList(dataListId, query) {
      return pageOf(seed.dataLists?.[dataListId] ?? [], query);
    },
    async fetchPdfPreviewUrl() {
      return seed.pdfPreviewUrl ?? null;
    },
    async fetchExternalApi(apiId) {
      const result = seed.externalApis?.[apiId];
      return result === undefined ? null : structuredClone(result);
    },
  };
}

function pageOf(rows: Record<string, unknown>[], query: DataListQuery): DataListPage {
  const sorted = [...rows];
  const { sortColumn, sortDirection } = query;
  if (sortColumn) {
    const sign = sortDirection === 'desc' ? -1 : 1;
    sorted.sort((a, b) => sign * compare(a[sortColumn], b[sortColumn], query.language));
  }
  const start = query.page * query.pageSize;
  return { rows: sorted.slice(start, start + query.pageSize), totalRows: rows.length };
}

function compare(a: unknown, b: unknown, language: string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''), language, { numeric: true });
}
