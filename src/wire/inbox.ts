import type { ReadStatus, Substatus } from './instance.ts';

/**
 * `GET /{org}/{app}/skjema/inbox`: a party's instances with where each stands, for an inbox or a
 * portal's "your cases". A skjema route (the preview serves it); the reference's nearest relatives
 * are storage's messagebox search and the Dialogporten dialog (platform spec §8).
 */

/** The Altinn 2 messagebox's `processCurrentTask` (platform §8.3). */
export type MessageBoxProcessTask =
  'FormFilling' | 'Confirmation' | 'Feedback' | 'Signing' | 'Submit' | 'Archived' | 'default';

/** The Dialogporten adapter's derived status (platform §8.4). */
export type DialogDerivedStatus =
  | 'ArchivedConfirmed'
  | 'ArchivedUnconfirmed'
  | 'Rejected'
  | 'AwaitingServiceOwnerFeedback'
  | 'AwaitingConfirmation'
  | 'AwaitingSignature'
  | 'AwaitingAdditionalUserInput'
  | 'AwaitingInitialUserInputFromPrefill'
  | 'AwaitingInitialUserInput';

/** The dialog `status` Dialogporten shows for the derived status. */
export type DialogStatus = 'Completed' | 'Awaiting' | 'RequiresAttention' | 'InProgress' | 'Draft';

/** Which instances a listing shows: all but deleted ones (default), in progress, archived, or soft-deleted. */
export type InboxView = 'all' | 'active' | 'archived' | 'deleted';

export interface InboxPerson {
  userId: number;
  /** The person's own party. */
  partyId: number;
  name: string;
}

/** Who the instance waits for now. */
export type InboxWaitingFor =
  /** A data task: the instance owner fills in and submits. */
  | { kind: 'owner'; partyId: number; name: string | null }
  /** A signing task: the people the policy lets sign who have not signed yet. */
  | { kind: 'signees'; people: InboxPerson[]; signed: number }
  /** A confirmation task: the people the policy lets confirm. */
  | { kind: 'confirmer'; people: InboxPerson[] }
  /** A feedback task: the service owner's system. */
  | { kind: 'serviceOwner'; org: string }
  /** A payment task: the owner pays. */
  | { kind: 'payment'; partyId: number; name: string | null }
  /** The process has ended (or never started). */
  | { kind: 'nobody' };

/** Where the instance is in its process. */
export interface InboxLocation {
  taskId: string | null;
  /** The BPMN task's `name`. */
  taskName: string | null;
  /** `altinn:taskType` (`data`, `confirmation`, `signing`, `feedback`, `payment`…). */
  taskType: string | null;
  /** The process has reached an end event. */
  ended: boolean;
  archived: boolean;
  softDeleted: boolean;
}

/**
 * What remains of the current form task, counted on the server with the same validation the
 * browser runs on submit. Which pages the user has visited is not stored, so it is not here.
 */
export interface InboxProgress {
  /** Pages the task's form shows now (hidden pages left out). */
  pages: number;
  /** Of those, pages with no validation error. */
  pagesWithoutErrors: number;
  /** Validation errors that would stop a submit. */
  errors: number;
}

/** A piece of the matched text; `hit` marks the words that matched the search. */
export interface InboxMatchPart {
  text: string;
  hit: boolean;
}

export interface InboxInstance {
  /** `{partyId}/{guid}`. */
  id: string;
  instanceOwnerPartyId: number;
  appId: string;
  /** The app's title followed by the presentation texts, as the messagebox shows it. */
  title: string;
  /** The presentation texts alone, joined with ", "; empty when the app has none. */
  presentationText: string;
  created: string | null;
  /** The latest change of the instance or any of its data. */
  lastChanged: string | null;
  lastChangedBy: string | null;
  dueBefore: string | null;
  visibleAfter: string | null;
  readStatus: ReadStatus;
  substatus: Substatus | null;
  location: InboxLocation;
  processCurrentTask: MessageBoxProcessTask;
  derivedStatus: DialogDerivedStatus;
  dialogStatus: DialogStatus;
  waitingFor: InboxWaitingFor;
  /** Null outside a form task, or when the task's form could not be checked. */
  progress: InboxProgress | null;
  /**
   * Where a search matched the form data: a piece of its text with the matched words marked; null
   * without a search or when only the title matched.
   */
  match: InboxMatchPart[] | null;
}

export interface InboxPage {
  partyId: number;
  view: InboxView;
  /** The search as given, or null. */
  query: string | null;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Instances matching, over all pages. */
  total: number;
  pageCount: number;
  /**
   * Instances the app's `messageBoxConfig.hideSettings` keeps out of the inbox (matching the same
   * view and search); they are not in `instances`.
   */
  hidden: number;
  instances: InboxInstance[];
}
