import type { LoadedLayoutSet } from '../app/types.ts';
import type { DataMismatch } from '../data/dataMismatch.ts';
import type { PrefilledField, PrefillOrigin } from '../data/prefillRecord.ts';
import type { DataBinding, FormData } from '../data/formData.ts';
import type { FormEngine, FormEngineOptions, FormNode } from '../form/formEngine.ts';
import type { PageNavigationModel } from '../navigation/pageNavigation.ts';
import type { SaveClock, SaveDelay, SavedModel, SaveScheduler } from '../save/index.ts';
import type {
  BackendValidationIssue,
  ComponentValidator,
  FormValidator,
  FormValidatorOptions,
  NodeIssue,
  PageValidationConfig,
  SubformEntriesState,
} from '../validation/index.ts';

/**
 * Who made a change. `user`: typed or chosen in the form, saved after its field's quiet period.
 * `server`: data the backend already holds (calculations returned by a save, a rebase after a
 * conflict); shown, never saved again because of itself. `prefill`: values filled in for the user
 * (preselected options, looked-up defaults); fills only empty fields, may fill a read-only field,
 * and is saved like any change the backend does not have yet.
 */
export type WriteOrigin = 'user' | 'server' | 'prefill';

/** One change to the form's data, as it passes the session's write gate. */
export interface WriteRequest {
  /** The component the change comes from (node or indexed id): its `readOnly` and `saveWhileTyping` apply. */
  node?: FormNode | string;
  /** The node's binding key (default `simpleBinding`) or a binding of its own (a table cell, a row field). */
  binding?: string | DataBinding;
  /** Text from a field, converted to the schema type at the path (or kept as invalid text). */
  text?: string;
  /** A value stored as given (objects, arrays, booleans); `undefined`, `null` and `''` delete. */
  value?: unknown;
  /** Several writes as one change (rows added or removed, a row chosen); runs against the form's data. */
  edit?: (data: FormData) => void;
  /** Default `user`. */
  origin?: WriteOrigin;
  /** How long the save waits after this change; default the node's `saveWhileTyping`. */
  delay?: SaveDelay;
}

/**
 * Why a write changed nothing. `dataConflict`: the stored data has another shape on the path (a
 * list or text where the path needs an object, a root that is not an object); writing would
 * destroy it, so it is kept and the field reports that it cannot be saved.
 */
export type WriteRefusal = 'readOnly' | 'unknownNode' | 'noBinding' | 'nothingToWrite' | 'dataConflict';

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: WriteRefusal };

/** Counters of what passed the gate, so tests and hosts can prove what happened without timing. */
export interface WriteStats {
  readonly written: Readonly<Record<WriteOrigin, number>>;
  readonly refused: number;
}

/** What the instance lets the current user do on the current task. */
export interface SessionPermissions {
  /** Without `write`, every field is read-only and every write is refused. */
  readonly write: boolean;
}

export interface FormSessionOptions {
  layoutSet: LoadedLayoutSet;
  /** Initial content of the default data model. */
  initialData?: unknown;
  /** Initial content of other data models, keyed by data type. */
  dataModels?: FormEngineOptions['dataModels'];
  /** Default `nb`. */
  language?: string;
  environment?: FormEngineOptions['environment'];
  /** Default `{ write: true }`. */
  permissions?: SessionPermissions;
  /** Data types nobody may change now (locked data elements, a signed task's data). */
  lockedDataTypes?: readonly string[];
  /** The host's checks per component type (`ComponentRegistry.validators()` in React). */
  componentValidators?: Readonly<Record<string, ComponentValidator>>;
  /** What the form knows about each component type (`ComponentRegistry.componentTypes()` in React); default: the built-in types. */
  componentTypes?: FormEngineOptions['componentTypes'];
  /** Data-model validators compiled at build time, by data type (`FormValidatorOptions.precompiledValidators`). */
  precompiledValidators?: FormValidatorOptions['precompiledValidators'];
  /** Builds the other data types' validators (`FormValidatorOptions.schemaBackend`); default: an interpreter without `new Function`. */
  schemaBackend?: FormValidatorOptions['schemaBackend'];
  /** Issues from the app backend (`/validate`). */
  backendIssues?: readonly BackendValidationIssue[];
  /**
   * Stores the changed models. Without it nothing is scheduled and submit does not wait. Never
   * called again before the returned promise settles; a rejection keeps the changes pending.
   */
  save?: (models: SavedModel[]) => void | Promise<void>;
  /** Hears every failed save. */
  onSaveError?: (error: unknown) => void;
  /** Gets the models when a submit passes validation (and, with `save`, after a successful save). */
  onSubmit?: (data: Record<string, unknown>, allModels: Record<string, Record<string, unknown>>) => void;
  /** Hears every refused write: a field that stays read-only should not fail silently in a host's logs. */
  onWriteRefused?: (request: WriteRequest, reason: WriteRefusal) => void;
  /** The page to start on, by name; a page the form would not show falls back to the first visible one. */
  page?: string;
  /** Timer for the save scheduler (tests drive time by hand). */
  clock?: SaveClock;
  /**
   * Fields the service prefilled, by data type, with where each value came from (skjema preview
   * records them on the data element: `readPrefillRecord`). The form can then say so under a field.
   */
  prefilledFields?: Readonly<Record<string, readonly PrefilledField[]>>;
}

/** The result of a navigation or a check: whether it moved, and the errors that stopped it. */
export interface NavigationResult {
  readonly moved: boolean;
  /** Error-severity issues that blocked; empty when nothing did. */
  readonly blocking: readonly NodeIssue[];
}

/** A navigation's own checks per direction (NavigationBar's `validateOnForward`/`validateOnBackward`). */
export interface NavigationValidation {
  readonly forward?: PageValidationConfig;
  readonly backward?: PageValidationConfig;
}

export interface SessionNavigation {
  /** Pages the user can visit now, in order (hidden pages left out). */
  pages(): readonly string[];
  /** The page shown now; undefined only when no page is visible. */
  current(): string | undefined;
  /**
   * Moves without validation (deep links, summaries' change buttons). A hidden page is remembered
   * and shown once it becomes visible; returns whether it is shown now.
   */
  goTo(page: string): boolean;
  /** Checks as `validation` (or the page's / Settings' `validationOnNavigation`) asks, then moves. */
  next(validation?: PageValidationConfig): NavigationResult;
  previous(validation?: PageValidationConfig): NavigationResult;
  /**
   * Moves to a page chosen in a navigation, checking as going forward (`validation.forward`, or the
   * page's / Settings' `validationOnNavigation`) or back (`validation.backward`) would; a page not
   * visible now does not move the form.
   */
  navigate(page: string, validation?: NavigationValidation): NavigationResult;
  /** Checks the current page as a button's own `validation` asks, without moving. */
  validate(validation: PageValidationConfig): NavigationResult;
  /**
   * The navigation as the user sees it: Settings' page groups (or each page on its own) with their
   * visible pages, marks and the current page's position. The same object until something in it
   * changes, so a renderer may read it on every render.
   */
  model(): PageNavigationModel;
  /** Hears the page list or the current page change (not every keystroke). */
  subscribe(listener: () => void): () => void;
}

export interface SubmittedForm {
  /** The default data model. */
  readonly data: Record<string, unknown>;
  readonly allModels: Record<string, Record<string, unknown>>;
}

export interface SubmitAttempt {
  /** False when errors block; nothing is then saved or delivered. */
  readonly ok: boolean;
  readonly blocking: readonly NodeIssue[];
  /** The delivered models once saved and handed to `onSubmit`; undefined when blocked or the save failed. */
  readonly submitted: Promise<SubmittedForm | undefined>;
}

/**
 * A running form without a UI: data, tree, validation, saving, navigation and submit. Every change
 * to the data passes `write` (or `applyServerModel`), which knows who made it.
 */
export interface FormSession {
  readonly engine: FormEngine;
  readonly validator: FormValidator;
  /** `null` without a `save` option. */
  readonly saveScheduler: SaveScheduler | null;
  readonly navigation: SessionNavigation;

  /** The write gate. A refused write changes nothing, is counted and reported, and never throws. */
  write(request: WriteRequest): WriteResult;
  /** A data model's current JSON. */
  read(dataType?: string): Record<string, unknown>;
  /** Replaces a whole data model with the backend's version (origin `server`: not saved again). */
  applyServerModel(dataType: string, model: Record<string, unknown>): void;
  writeStats(): WriteStats;
  /**
   * Where the data the form was given does not have its schema's shape. That data is kept as it
   * was (never converted, dropped or overwritten except by the user's own edit of that value);
   * hosts should tell the developer (`SkjemaForm` warns on the console).
   */
  dataMismatches(): readonly DataMismatch[];

  /** The node's `readOnly` expression, the instance's `write` permission and locked data types, in one answer. */
  isReadOnly(node: FormNode): boolean;
  /**
   * Where the value of a node's binding (default `simpleBinding`) came from when the service
   * prefilled it and it still holds the prefilled value; undefined otherwise.
   */
  prefillOrigin(node: FormNode, binding?: string): PrefillOrigin | undefined;
  /**
   * Whether the service prefilled the node's binding (default `simpleBinding`) with a value, held
   * or not: only such a field can ever say where its value came from.
   */
  wasPrefilled(node: FormNode, binding?: string): boolean;
  setPermissions(permissions: SessionPermissions): void;
  setLockedDataTypes(dataTypes: readonly string[]): void;
  /** Hears permission or lock changes (every node's read-only state may have changed). */
  subscribeAccess(listener: () => void): () => void;
  /**
   * Hears every change to the form's data, in any data model (those first used later too), with its
   * origin; a change made outside the write gate (rows, expression cleanups) counts as the user's.
   */
  subscribeData(listener: (dataType: string, origin: WriteOrigin) => void): () => void;
  /** Changes whenever permissions or locks change. */
  accessVersion(): number;

  /** How many attachments an upload node holds (uploads live outside the form data). */
  reportAttachments(nodeId: string, count: number): void;
  /** What a Subform node's entries are (they are data elements of their own). */
  reportSubformEntries(nodeId: string, state: SubformEntriesState): void;
  replaceBackendIssues(issues: readonly BackendValidationIssue[]): void;
  setLanguage(language: string): void;

  /** The user left a field: a change waiting for that is saved now. */
  fieldLeft(): void;
  /** Saves what is pending now; resolves `true` when everything is saved (also without `save`). */
  flush(): Promise<boolean>;
  /** Validates everything; when nothing blocks, waits for the save and delivers to `onSubmit`. */
  submit(): SubmitAttempt;
  /** Saves what is pending and stops: the engine and validator are disposed, the data stays readable. */
  dispose(): Promise<boolean>;
}
