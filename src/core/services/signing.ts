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

/** An organisation the user may sign on behalf of. */
export interface SigningOrganisation {
  orgNumber: string;
  name: string;
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

/** A data element the signees sign. */
export interface SigningDocument {
  id: string;
  filename: string;
  dataType: string;
  size: number;
  url?: string;
}

/**
 * What a signing task shows (SigneeList, SigningDocumentList, SigningActions). Signing and
 * rejecting are task actions (`TaskActionService`).
 */
export interface SigningService {
  listSignees(): Promise<Signee[]>;
  fetchSigningUser(): Promise<SigningUser>;
  listSigningDocuments(): Promise<SigningDocument[]>;
}
