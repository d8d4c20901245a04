import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useFormContext } from './FormContext.ts';
import type { FormEngine } from '../../core/form/index.ts';
import { createInMemoryFormServices } from '../../core/services/inMemoryFormServices.ts';
import type { FormServices } from '../../core/services/formServices.ts';

// The service types live in core (`skjema/core`); these names stay importable from here and from
// `skjema` for code written before the split.
export type { Attachment } from '../../core/services/attachments.ts';
export type { DataListPage, DataListQuery } from '../../core/services/dataLists.ts';
export type { FormServices } from '../../core/services/formServices.ts';
export type { OrganisationLookupResult, PersonLookupResult } from '../../core/services/lookups.ts';
export type { FetchedOptions, OptionsQuery } from '../../core/services/options.ts';
export type {
  OrderDetails,
  OrderDetailsQuery,
  OrderLine,
  PaymentInformation,
  PaymentStart,
  PaymentStatus,
} from '../../core/services/payment.ts';
export type {
  Signee,
  SigneeStatus,
  SigningDocument,
  SigningOrganisation,
  SigningUser,
} from '../../core/services/signing.ts';
export type { SubformEntry, SubformEntryScope } from '../../core/services/subformEntries.ts';
export type { TaskAction, TaskActionOptions } from '../../core/services/taskActions.ts';

export const FormServicesContext = createContext<FormServices | null>(null);

/** Gives the forms inside it a server; without one they use an in-memory stand-in. */
export function FormServicesProvider({ services, children }: { services: FormServices; children?: ReactNode }) {
  return createElement(FormServicesContext.Provider, { value: services }, children);
}

// One stand-in per engine, so uploads survive re-renders but never leak between forms.
const fallbacks = new WeakMap<FormEngine, FormServices>();

/**
 * The form's services: the provider's, or an in-memory stand-in. Components take the one part
 * they call (`const lookups: LookupService = useFormServices()`).
 */
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

/** The services a `FormServicesProvider` gave, or null when the form runs on the in-memory stand-in. */
export function useProvidedFormServices(): FormServices | null {
  return useContext(FormServicesContext);
}
