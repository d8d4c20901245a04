import type { AppOption } from '../../core/app/types.ts';
import type {
  Attachment,
  DataListPage,
  DataListQuery,
  FormServices,
  OrderDetails,
  OrganisationLookupResult,
  PaymentInformation,
  PersonLookupResult,
  Signee,
  SigningDocument,
  SigningUser,
  SubformEntry,
} from '../context/FormServices.ts';

export interface InMemorySeed {
  /** Code lists by options id (usually the layout set's `options`). */
  options?: Readonly<Record<string, AppOption[]>>;
  dataLists?: Readonly<Record<string, Record<string, unknown>[]>>;
  persons?: readonly PersonLookupResult[];
  organisations?: readonly OrganisationLookupResult[];
  /** Zip code → post place. Empty by default: a standalone form knows no post places. */
  postPlaces?: Readonly<Record<string, string>>;
  attachments?: readonly Attachment[];
  subformEntries?: Readonly<Record<string, SubformEntry[]>>;
  /** Entries of Subforms inside an entry: by the parent entry's id, then by layout set. */
  nestedSubformEntries?: Readonly<Record<string, Readonly<Record<string, SubformEntry[]>>>>;
  /** PaymentDetails' order; the same for any mapping. */
  orderDetails?: OrderDetails;
  /** The payment task's payment. Starting it marks it paid at once, with no provider page. */
  payment?: PaymentInformation;
  signees?: readonly Signee[];
  /** The current user in the signing task; by default someone with nothing to do. */
  signingUser?: SigningUser;
  /**
   * Index in `signees` of the current user, whose row signing marks as signed. Signing on behalf of
   * one of the user's `organisations` marks that organisation's row instead. Without it, signing
   * personally (`signingUser.personalSignee`) marks the row with the user's name and no organisation.
   */
  currentSignee?: number;
  signingDocuments?: readonly SigningDocument[];
  pdfPreviewUrl?: string;
  /** External API results by API id, as the app's external API would return them. */
  externalApis?: Readonly<Record<string, unknown>>;
}

const BYSTANDER: SigningUser = { maySign: false, mayReject: false, maySubmit: false, hasSigned: false };

/**
 * Services with no server: answers come from the seed, uploads stay in memory (with an object URL
 * for previews where the platform has one). Meant for standalone forms, stories and tests.
 */
export function createInMemoryFormServices(seed: InMemorySeed = {}): FormServices {
  const attachments = new Map<string, Attachment>((seed.attachments ?? []).map((a) => [a.id, { ...a }]));
  const subforms = new Map<string, SubformEntry[]>(
    Object.entries(seed.subformEntries ?? {}).map(([key, entries]) => [key, entries.map((e) => ({ ...e }))]),
  );
  // Entry id → the entry it belongs to; entries of the main form have none.
  const parents = new Map<string, string>();
  for (const [parentEntryId, byLayoutSet] of Object.entries(seed.nestedSubformEntries ?? {})) {
    for (const [layoutSet, entries] of Object.entries(byLayoutSet)) {
      subforms.set(layoutSet, [...(subforms.get(layoutSet) ?? []), ...entries.map((e) => ({ ...e }))]);
      for (const entry of entries) parents.set(entry.id, parentEntryId);
    }
  }
  let payment = seed.payment && structuredClone(seed.payment);
  const signees = (seed.signees ?? []).map((signee) => ({ ...signee }));
  let signingUser: SigningUser = { ...(seed.signingUser ?? BYSTANDER) };
  let nextId = 1;
  const newId = (prefix: string) => `${prefix}-${nextId++}`;

  return {
    async fetchOptions(optionsId) {
      return { options: [...(seed.options?.[optionsId] ?? [])] };
    },
    async uploadAttachment(file, dataType) {
      const attachment: Attachment = {
        id: newId('attachment'),
        dataType,
        filename: file.name,
        size: file.size,
        contentType: file.type,
        tags: [],
        url: typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : undefined,
      };
      attachments.set(attachment.id, attachment);
      return { ...attachment };
    },
    async deleteAttachment(id) {
      const attachment = attachments.get(id);
      if (attachment?.url?.startsWith('blob:')) URL.revokeObjectURL(attachment.url);
      attachments.delete(id);
    },
    async listAttachments(dataType) {
      return [...attachments.values()].filter((a) => a.dataType === dataType).map((a) => ({ ...a }));
    },
    async tagAttachment(id, tags) {
      const attachment = attachments.get(id);
      if (!attachment) throw new Error(`No attachment ${id}`);
      attachment.tags = [...tags];
      return { ...attachment };
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
    async fetchDataList(dataListId, query) {
      return pageOf(seed.dataLists?.[dataListId] ?? [], query);
    },
    async lookupPostPlace(zipCode) {
      return seed.postPlaces?.[zipCode] ?? null;
    },
    async listSubformEntries(layoutSet, scope = {}) {
      return (subforms.get(layoutSet) ?? [])
        .filter((e) => parents.get(e.id) === scope.parentEntryId)
        .map((e) => ({ ...e }));
    },
    async addSubformEntry(layoutSet, scope = {}) {
      const entry: SubformEntry = { id: newId('subform'), data: {} };
      subforms.set(layoutSet, [...(subforms.get(layoutSet) ?? []), entry]);
      if (scope.parentEntryId !== undefined) parents.set(entry.id, scope.parentEntryId);
      return { ...entry };
    },
    async deleteSubformEntry(layoutSet, id) {
      subforms.set(
        layoutSet,
        (subforms.get(layoutSet) ?? []).filter((e) => e.id !== id),
      );
    },
    async saveSubformEntry(layoutSet, id, data) {
      const entries = subforms.get(layoutSet) ?? [];
      const stored = entries.find((e) => e.id === id);
      if (!stored) throw new Error(`No subform entry ${id} in ${layoutSet}`);
      stored.data = structuredClone(data);
      return { ...stored, data: structuredClone(stored.data) };
    },
    async fetchOrderDetails() {
      return seed.orderDetails ? structuredClone(seed.orderDetails) : null;
    },
    async fetchPayment() {
      return payment ? structuredClone(payment) : null;
    },
    async startPayment() {
      if (!payment) throw new Error('This instance has no payment');
      payment = {
        ...payment,
        status: 'Paid',
        paymentId: payment.paymentId ?? newId('payment'),
        paidAt: new Date().toISOString(),
      };
      return {};
    },
    async listSignees() {
      return signees.map((signee) => ({ ...signee }));
    },
    async fetchSigningUser() {
      return { ...signingUser };
    },
    async listSigningDocuments() {
      return (seed.signingDocuments ?? []).map((document) => ({ ...document }));
    },
    async performTaskAction(action, options = {}) {
      if (action === 'sign') {
        if (!signingUser.maySign) throw new Error('The user may not sign');
        const organisations = signingUser.organisations ?? [];
        const { personalSignee } = signingUser;
        const organisation = organisations.find((candidate) => candidate.orgNumber === options.onBehalfOf);
        if (options.onBehalfOf !== undefined && !organisation)
          throw new Error(`The user may not sign on behalf of ${options.onBehalfOf}`);
        if (organisations.length > 1 && !organisation && !personalSignee)
          throw new Error('The user must choose an organisation');
        // Signing for one organisation, or personally, leaves the other signatures still to give.
        const organisationsLeft = organisations.filter((candidate) => candidate !== organisation);
        const personalLeft = organisation ? personalSignee : undefined;
        signingUser =
          (organisation || personalSignee) && (organisationsLeft.length > 0 || personalLeft)
            ? { ...signingUser, organisations: organisationsLeft, personalSignee: personalLeft }
            : { ...signingUser, maySign: false, hasSigned: true };
        const personal =
          seed.currentSignee !== undefined
            ? signees[seed.currentSignee]
            : personalSignee && signees.find((signee) => signee.name === personalSignee.name && !signee.organisation);
        const own = organisation
          ? signees.find((signee) => signee.organisation === organisation.name && signee.status !== 'signed')
          : personal;
        if (own) Object.assign(own, { status: 'signed', signedAt: new Date().toISOString() });
      } else if (action === 'confirm') {
        if (payment?.status !== 'Paid') throw new Error('Only a paid payment task can be confirmed');
      } else {
        // A rejected task goes back to the previous one: here, nobody has anything left to do.
        signingUser = { ...signingUser, maySign: false, mayReject: false, maySubmit: false };
      }
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
