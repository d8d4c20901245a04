import type {
  ApplicationMetadata,
  ApplicationSettings,
  AppProcessState,
  DataElement,
  Instance,
  LayoutSets,
  Party,
  TextResource,
  ValidationIssueWithSource as ValidationIssue,
} from '../wire/index.ts';
import type { SaveClock, SavedModel } from '../core/save/index.ts';
import type { LoadLayoutSetOptions, LoadResult } from '../core/index.ts';
import type { ConnectedClient, ActiveInstance, UserProfile } from './client.ts';
import type { PendingEditsStore } from './pendingEdits/store.ts';
import type { PrefilledField } from '../core/data/prefillRecord.ts';

/** A data model as JSON: what the form holds and what the backend stores. */
export type JsonModel = Record<string, unknown>;

/**
 * How the connected layer reaches the live form (the core form session). The layer never imports
 * the session itself; whoever joins the two (the React app) hands over this port.
 */
export interface FormModelPort {
  /** The model's current JSON, including edits not saved yet. */
  read(dataType: string): JsonModel;
  /**
   * Writes what the server made of the model (calculated fields, row ids) with origin "server":
   * it must not trigger another save.
   */
  applyServerModel(dataType: string, model: JsonModel): void;
  /**
   * Tells of every user change, so unsaved edits are written to the pending-edits store at once
   * instead of when the next save starts. Optional: without it edits are stored when `save` is called.
   */
  subscribe?(listener: (dataType: string) => void): () => void;
}

/**
 * - `saved`: the server has every change.
 * - `pending`: changes wait for the next save (or a retry after a conflict).
 * - `saving`: a PATCH is on its way.
 * - `offline`: the server could not be reached; the changes are kept and retried with backoff.
 * - `error`: the server refused the changes (or failed repeatedly); they are kept, see `saveError`.
 */
export type SaveStatus = 'saved' | 'saving' | 'pending' | 'offline' | 'error';

/** The timer and wall clock retries wait with; injected so tests can drive time by hand. */
export interface ConnectedClock extends SaveClock {
  now(): number;
}

/** What the user is asked first when the app opens (app-api §4, platform §1.6). */
export type EntryDecision =
  /** Several parties may instantiate and the app wants the user to choose. */
  | { kind: 'select-party'; parties: Party[]; reason: 'prompt' | 'not-allowed' }
  /** `onEntry.show = "select-instance"` and the party has active instances. */
  | { kind: 'select-instance'; party: Party; instances: ActiveInstance[] }
  /** Create an instance for `party` (no active instances, or `onEntry.show = "new-instance"`). */
  | { kind: 'new-instance'; party: Party }
  /** `onEntry.show` names a layout set: the form runs without an instance. */
  | { kind: 'stateless'; layoutSetId: string; party: Party | undefined }
  /** The user may not instantiate for any party. */
  | { kind: 'no-party' };

/** Everything `load()` reads before the first screen. */
export interface AppBootstrap {
  metadata: ApplicationMetadata;
  layoutSets: LayoutSets;
  settings: ApplicationSettings;
  texts: TextResource | undefined;
  profile: UserProfile | undefined;
  /** Parties the user may instantiate for. */
  parties: Party[];
  /** The party the backend has selected (the `AltinnPartyId` cookie, or the user's own). */
  selectedParty: Party | undefined;
  entry: EntryDecision;
}

export interface ConnectedAppOptions {
  client: ConnectedClient;
  /** Language of texts and validation messages; a function is read at each call. */
  language?: string | (() => string | undefined);
  /** Where unsaved edits survive a reload; default: in memory (lost on reload). */
  pendingEdits?: PendingEditsStore;
  clock?: ConnectedClock;
  /** How often attachments whose virus scan is pending are re-checked; default 5000 ms. */
  scanPollMs?: number;
  /** Rebases after a 409 before the save gives up with status `error`; default 3. */
  maxRebases?: number;
}

export interface CreateInstanceOptions {
  /** Values for the new model by data model path (`POST instances/create`). */
  prefill?: Record<string, string>;
}

export interface StatelessOptions {
  party?: number;
  anonymous?: boolean;
  prefill?: Record<string, unknown>;
}

/** A running Altinn app without UI: configuration, parties, and the way into instances. */
export interface ConnectedApp {
  load(): Promise<AppBootstrap>;
  /** Makes `partyId` the selected party and answers what comes next for it. */
  selectParty(partyId: number): Promise<EntryDecision>;
  listActiveInstances(partyId: number): Promise<ActiveInstance[]>;
  createInstance(partyId: number, options?: CreateInstanceOptions): Promise<ConnectedInstance>;
  /**
   * A new instance for the same party from a submitted (archived) one, with its form data, as the
   * app's `copyInstanceSettings` allow (`POST instances/create` with `sourceInstanceId`).
   */
  copyInstance(sourceInstanceId: string): Promise<ConnectedInstance>;
  /** `instanceId` is `{partyId}/{guid}`. Restores and saves edits left in the pending-edits store. */
  openInstance(instanceId: string): Promise<ConnectedInstance>;
  /**
   * A layout set with its pages, texts, schemas and settings read from the backend. Data types
   * in `precompiledValidators` get no schema interpreter loaded (as in core's `loadLayoutSet`).
   */
  loadLayoutSet(
    layoutSetId: string,
    options?: Pick<LoadLayoutSetOptions, 'precompiledValidators'>,
  ): Promise<LoadResult>;
  /** A new, prefilled stateless model (`GET v1/data`). */
  getStatelessData(dataType: string, options?: StatelessOptions): Promise<JsonModel>;
  /** The stateless model after the app's calculations (`POST v1/data`). */
  recalculateStateless(dataType: string, model: JsonModel, options?: StatelessOptions): Promise<JsonModel>;
  /** App-level events: `instanceCreated`, and every event of the instances it opened. */
  on<E extends ConnectedEventName>(event: E, listener: (payload: ConnectedEvents[E]) => void): () => void;
  dispose(): void;
}

/** One form-data element of the current task. */
export interface DataModelElement {
  dataType: string;
  dataElementId: string;
  /** The model as the form should start with it (server state plus restored unsaved edits). */
  model: JsonModel;
  /** Locked elements belong to a task the process has left; they are read-only. */
  locked: boolean;
  /** Fields the backend prefilled when it created the element, and from where (skjema preview records them). */
  prefilled?: readonly PrefilledField[];
}

export type ProcessNextResult =
  | { kind: 'moved'; process: AppProcessState }
  /** Validation blocked the move (409 with issues); they are also merged into the backend issues. */
  | { kind: 'blocked'; issues: ValidationIssue[] }
  | { kind: 'error'; error: unknown; message: string };

/** Why the instance cannot be submitted yet, besides form validation. */
export interface SubmitBlocker {
  dataElementId: string;
  dataType: string;
  filename: string | undefined;
  reason: 'scan-pending' | 'infected';
}

export interface UploadOptions {
  tags?: string[];
}

export interface AttachmentMethods {
  /** Every attachment (non form-data element) of the instance. */
  list(): DataElement[];
  upload(dataType: string, file: Blob, filename: string, options?: UploadOptions): Promise<DataElement>;
  delete(dataElementId: string): Promise<void>;
  setTags(dataElementId: string, tags: string[]): Promise<DataElement>;
}

export interface ConnectedEvents {
  instanceCreated: { instance: Instance };
  dataSaved: { dataElementIds: string[]; instance: Instance };
  saveFailed: { error: unknown; message: string; status: SaveStatus };
  validationChanged: { issues: ValidationIssue[] };
  processMoved: { process: AppProcessState };
  submitted: { instance: Instance; process: AppProcessState };
  instanceChanged: { instance: Instance };
}

export type ConnectedEventName = keyof ConnectedEvents;

/** A running instance: its data kept in sync with the backend, its process, its attachments. */
export interface ConnectedInstance {
  readonly instance: Instance;
  readonly process: AppProcessState;
  /** The layout set of the current task, or undefined for tasks without a form (or an ended process). */
  readonly layoutSetId: string | undefined;
  /** Form-data elements of the current task by data type. */
  readonly dataModels: ReadonlyMap<string, DataModelElement>;
  readonly saveStatus: SaveStatus;
  /** Why the last save failed, while the status is `offline` or `error`. */
  readonly saveError: string | undefined;
  onSaveStatus(listener: (status: SaveStatus) => void): () => void;
  /**
   * Saves the models (matches `SkjemaForm`'s `onSaveData`). Resolves when they are stored; rejects
   * when this attempt failed, but the changes stay pending and are retried.
   */
  save(models: SavedModel[]): Promise<void>;
  /** Waits until nothing is pending or in flight (or the save gave up). */
  flush(): Promise<void>;
  hasUnsavedChanges(): boolean;
  /**
   * The stored model of a form-data type of the instance, of any task (an earlier task's data for
   * a summary); the current task's as it was when the task opened. Undefined when there is none.
   */
  readModel?(dataType: string): Promise<JsonModel | undefined>;
  /** Connects the live form; returns the detach function. */
  attach(port: FormModelPort): () => void;
  /** Runs the backend validators (`GET validate`) and merges their issues. */
  validate(): Promise<ValidationIssue[]>;
  /** Current backend issues from PATCH responses, validate and process next, flattened. */
  readonly backendIssues: readonly ValidationIssue[];
  processNext(action?: string): Promise<ProcessNextResult>;
  readonly attachments: AttachmentMethods;
  submitBlockers(): SubmitBlocker[];
  on<E extends ConnectedEventName>(event: E, listener: (payload: ConnectedEvents[E]) => void): () => void;
  dispose(): void;
}
