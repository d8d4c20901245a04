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

/** One line of a payment order. Prices are in the order's currency, per unit. */
export interface OrderLine {
  id: string;
  /** The text shown for the line: a text resource key or plain text. */
  name: string;
  quantity: number;
  priceExVat: number;
  vatPercent: number;
}

/** What the user is asked to pay, as the app's order calculator worked it out. */
export interface OrderDetails {
  /** ISO 4217 code, e.g. `NOK`. */
  currency: string;
  orderLines: OrderLine[];
  totalPriceExVat: number;
  totalVat: number;
  totalPriceIncVat: number;
  receiver?: { name: string; organisationNumber?: string };
}

export type PaymentStatus = 'Uninitialized' | 'Created' | 'Paid' | 'Failed' | 'Skipped';

/** The payment of a payment task: the order and how far the payment has come. */
export interface PaymentInformation {
  status: PaymentStatus;
  orderDetails: OrderDetails;
  /** The payment provider's reference, once a payment was started. */
  paymentId?: string;
  /** ISO date-time the payment was charged. */
  paidAt?: string;
}

export interface PaymentStart {
  /** The payment provider's page to send the user to; absent when the payment completed at once. */
  redirectUrl?: string;
}

export interface OrderDetailsQuery {
  language: string;
  /** PaymentDetails `mapping`: query parameter → current value of the mapped data-model field. */
  mapping?: Readonly<Record<string, string>>;
}

export type SigneeStatus = 'signed' | 'waiting' | 'delegationFailed' | 'notificationFailed';

/** Someone asked to sign in a signing task. */
export interface Signee {
  /** The person's name; absent when an organisation signs through whoever represents it. */
  name?: string;
  /** The organisation the signee signs for. */
  organisation?: string;
  status: SigneeStatus;
  /** ISO date-time of the signature. */
  signedAt?: string;
}

/** What the current user may do in the signing task. */
export interface SigningUser {
  maySign: boolean;
  mayReject: boolean;
  /** May complete the task once everyone has signed (the task's `write` action). */
  maySubmit: boolean;
  hasSigned: boolean;
  /** Where the user's inbox is, for the button of the "nothing more to do" panel. */
  inboxUrl?: string;
  /**
   * Organisations the user may sign on behalf of (the app's `signing/organizations`, from key roles).
   * With more than one choice in all (counting `personalSignee`) the user chooses before signing;
   * with one organisation and no personal signature the signature is for it. Absent or empty: the
   * user signs for themself.
   */
  organisations?: readonly SigningOrganisation[];
  /**
   * Present when the user is also asked to sign as a person (a person signee of the task), with the
   * name the choice shows. Signing personally carries no `onBehalfOf`.
   */
  personalSignee?: { name: string };
}

/** An organisation the user may sign on behalf of. */
export interface SigningOrganisation {
  orgNumber: string;
  name: string;
}

/** A data element the signees sign. */
export interface SigningDocument {
  id: string;
  filename: string;
  dataType: string;
  size: number;
  url?: string;
}

/**
 * Process actions of a signing or payment task: `sign`; `reject` (back to the previous task);
 * `confirm`, which moves the process on once the payment is paid (process next with `confirm`).
 */
export type TaskAction = 'sign' | 'reject' | 'confirm';

/** What a task action carries besides its name. */
export interface TaskActionOptions {
  /** The organisation number the user acts for: the `onBehalfOf` of the app's actions request. */
  onBehalfOf?: string;
}

/** Where subform entries belong: to the main form, or to the opened entry whose pages hold the Subform. */
export interface SubformEntryScope {
  /**
   * The opened entry the Subform is on: only its own entries are listed, and added entries belong
   * to it (the entry's data element is their parent). Absent: entries of the main form.
   */
  parentEntryId?: string;
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
  /** The entries of a subform layout set that belong to the main form, or to `scope.parentEntryId`. */
  listSubformEntries(layoutSet: string, scope?: SubformEntryScope): Promise<SubformEntry[]>;
  addSubformEntry(layoutSet: string, scope?: SubformEntryScope): Promise<SubformEntry>;
  deleteSubformEntry(layoutSet: string, id: string): Promise<void>;
  /**
   * Stores what the user entered in a subform entry (its data element's content), when the entry
   * is closed; resolves to the entry as stored.
   */
  saveSubformEntry(layoutSet: string, id: string, data: Record<string, unknown>): Promise<SubformEntry>;
  /** PaymentDetails: the order as it stands for the current data; `null` when there is nothing to pay. */
  fetchOrderDetails(query: OrderDetailsQuery): Promise<OrderDetails | null>;
  /** Payment: the payment of the current task; `null` when the instance has none. */
  fetchPayment(language: string): Promise<PaymentInformation | null>;
  startPayment(language: string): Promise<PaymentStart>;
  listSignees(): Promise<Signee[]>;
  fetchSigningUser(): Promise<SigningUser>;
  listSigningDocuments(): Promise<SigningDocument[]>;
  performTaskAction(action: TaskAction, options?: TaskActionOptions): Promise<void>;
  /** A URL showing the PDF the form will produce; `null` when no preview can be made here. */
  fetchPdfPreviewUrl(language: string): Promise<string | null>;
  /**
   * The result of one of the app's external APIs (`GET {app}/instances/{id}/api/external/{apiId}`),
   * as parsed JSON; `null` when the app has no API by that id.
   */
  fetchExternalApi(apiId: string, language: string): Promise<unknown>;
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
