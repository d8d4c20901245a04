import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { AppOption } from '../../core/app/types.ts';
import type { FormEngine } from '../../core/form/index.ts';
import { useFormContext } from './FormContext.ts';
import { createInMemoryFormServices } from '../services/inMemoryFormServices.ts';

export interface OptionsQuery {
  language: string;
  /** Evaluated `queryParameters` of the component. */
  queryParameters?: Readonly<Record<string, string>>;
  /** `secure: true`: the instance-aware endpoint. */
  secure?: boolean;
}

export interface FetchedOptions {
  options: AppOption[];
  /** The `altinn-downstreamparameters` header, written to a bound `metadata` field. */
  downstreamParameters?: string;
}

/** A file stored as an instance data element. */
export interface Attachment {
  id: string;
  dataType: string;
  filename: string;
  size: number;
  contentType: string;
  tags: string[];
  /** Where the file can be downloaded or previewed, if the backend offers that. */
  url?: string;
}

export interface DataListQuery {
  language: string;
  page: number;
  pageSize: number;
  sortColumn?: string;
  sortDirection?: 'asc' | 'desc';
  queryParameters?: Readonly<Record<string, string>>;
  secure?: boolean;
}

export interface DataListPage {
  rows: Record<string, unknown>[];
  totalRows: number;
}

export interface PersonLookupResult {
  ssn: string;
  name: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
}

export interface OrganisationLookupResult {
  orgNr: string;
  name: string;
}

/** One data element of a subform's layout set, with the data the table columns read. */
export interface SubformEntry {
  id: string;
  data: Record<string, unknown>;
}

/**
 * Everything form components need from a server. The runtime app client implements it against
 * the Altinn app API; `createInMemoryFormServices` serves standalone forms, stories and tests.
 * Lookups resolve to `null` when nothing was found and reject only when the service failed.
 */
export interface FormServices {
  fetchOptions(optionsId: string, query: OptionsQuery): Promise<FetchedOptions>;
  uploadAttachment(file: File, dataType: string): Promise<Attachment>;
  deleteAttachment(id: string): Promise<void>;
  listAttachments(dataType: string): Promise<Attachment[]>;
  /** Replaces the tags of an attachment (FileUploadWithTag). */
  tagAttachment(id: string, tags: string[]): Promise<Attachment>;
  lookupPerson(ssn: string, lastName: string): Promise<PersonLookupResult | null>;
  lookupOrganisation(orgNr: string): Promise<OrganisationLookupResult | null>;
  fetchDataList(dataListId: string, query: DataListQuery): Promise<DataListPage>;
  lookupPostPlace(zipCode: string): Promise<string | null>;
  listSubformEntries(layoutSet: string): Promise<SubformEntry[]>;
  addSubformEntry(layoutSet: string): Promise<SubformEntry>;
  deleteSubformEntry(layoutSet: string, id: string): Promise<void>;
}

export const FormServicesContext = createContext<FormServices | null>(null);

/** Gives the forms inside it a server; without one they use an in-memory stand-in. */
export function FormServicesProvider({ services, children }: { services: FormServices; children?: ReactNode }) {
  return createElement(FormServicesContext.Provider, { value: services }, children);
}

// One stand-in per engine, so uploads survive re-renders but never leak between forms.
const fallbacks = new WeakMap<FormEngine, FormServices>();

export function useFormServices(): FormServices {
  const provided = useContext(FormServicesContext);
  const { engine } = useFormContext();
  if (provided) return provided;
  let fallback = fallbacks.get(engine);
  if (!fallback) {
    fallback = createInMemoryFormServices({ options: engine.layoutSet.options });
    fallbacks.set(engine, fallback);
  }
  return fallback;
}
