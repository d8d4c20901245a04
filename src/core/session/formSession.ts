import type { DataMismatch } from '../data/dataMismatch.ts';
import type { DataBinding } from '../data/formData.ts';
import type { PrefilledField, PrefillOrigin } from '../data/prefillRecord.ts';
import { createFormEngine, type FormEngine, type FormNode } from '../form/formEngine.ts';
import { saveDelayOf, SaveScheduler, type AutoSaveBehavior, type SaveDelay } from '../save/index.ts';
import {
  createFormValidator,
  type BackendValidationIssue,
  type FormValidator,
  type SubformEntriesState,
} from '../validation/index.ts';
import { SessionAccess } from './access.ts';
import { bindMethods } from './bindMethods.ts';
import { PageNavigation } from './navigation.ts';
import { replaceModel } from './serverModel.ts';
import type {
  FormSession,
  FormSessionOptions,
  SessionPermissions,
  SubmitAttempt,
  SubmittedForm,
  WriteOrigin,
  WriteRefusal,
  WriteRequest,
  WriteResult,
  WriteStats,
} from './types.ts';

const OK: WriteResult = { ok: true };

/** The write running now: the data stores announce its changes, and the save needs to know whose they are. */
interface ActiveWrite {
  origin: WriteOrigin;
  delay: SaveDelay | undefined;
}

class Session implements FormSession {
  readonly engine: FormEngine;
  readonly validator: FormValidator;
  readonly saveScheduler: SaveScheduler | null;
  readonly navigation: PageNavigation;
  private readonly access: SessionAccess;
  private readonly attachmentCounts = new Map<string, number>();
  private readonly subformEntries = new Map<string, SubformEntriesState>();
  private readonly written: Record<WriteOrigin, number> = { user: 0, server: 0, prefill: 0 };
  private refused = 0;
  private active: ActiveWrite | undefined;
  /** Hear every data change with the write that made it (undefined: a change made outside the gate). */
  private readonly dataListeners = new Set<(dataType: string, write: ActiveWrite | undefined) => void>();
  private readonly unwatch: () => void;

  constructor(private readonly options: FormSessionOptions) {
    // Hosts hand the methods on as callbacks (`applyServerModel` as a port, `reportSubformEntries`
    // to a context): they must not depend on being called on the session.
    bindMethods(this, Session.prototype);
    const { layoutSet } = options;
    this.engine = createFormEngine({
      layoutSet,
      initialData: options.initialData,
      dataModels: options.dataModels,
      language: options.language,
      environment: options.environment,
      componentTypes: options.componentTypes,
    });
    this.access = new SessionAccess(options.permissions, options.lockedDataTypes);
    this.validator = createFormValidator(this.engine, {
      backendIssues: options.backendIssues,
      attachmentsCount: (node) => this.attachmentCounts.get(node.id) ?? 0,
      subformEntries: (node) => this.subformEntries.get(node.id),
      componentValidators: options.componentValidators,
      precompiledValidators: options.precompiledValidators,
      schemaBackend: options.schemaBackend,
    });
    const save = options.save;
    this.saveScheduler = save
      ? new SaveScheduler({
          save,
          read: (dataType) => this.read(dataType),
          onError: (error) => this.options.onSaveError?.(error),
          behavior: autoSaveBehaviorOf(layoutSet.settings),
          clock: options.clock,
        })
      : null;
    this.unwatch = this.watchData();
    const scheduler = this.saveScheduler;
    // What the server wrote is what it has: never saved again.
    if (scheduler) {
      this.dataListeners.add((dataType, write) => {
        if (write?.origin !== 'server') scheduler.changed(dataType, write?.delay);
      });
    }
    // Every page change saves at once; with `autoSaveBehavior: onChangePage` it is what saves.
    this.navigation = new PageNavigation(this.engine, this.validator, options.page, () => {
      void this.saveScheduler?.pageChanged();
    });
  }

  write(request: WriteRequest): WriteResult {
    const origin = request.origin ?? 'user';
    const node = typeof request.node === 'string' ? this.engine.tree.node(request.node) : request.node;
    if (typeof request.node === 'string' && !node) return this.refuse(request, 'unknownNode');
    const binding = bindingOf(node, request.binding);
    const hasValue = 'value' in request;
    if (!request.edit && request.text === undefined && !hasValue) return this.refuse(request, 'nothingToWrite');
    if (!request.edit && !binding) return this.refuse(request, 'noBinding');
    // Fields re-assert what they show (option labels, cleanups); that is no change, on a read-only node neither.
    if (!request.edit && binding && this.changesNothing(binding, request)) return OK;
    if (origin !== 'server' && this.deniedFor(origin, node, binding)) return this.refuse(request, 'readOnly');
    // Prefill never overwrites what the user or the backend already put there.
    if (origin === 'prefill' && binding && this.holdsSomething(binding)) return OK;
    if (!request.edit && binding && this.engine.data.conflictAt(binding)) return this.refuse(request, 'dataConflict');
    const delay =
      request.delay ?? (origin === 'user' && node ? saveDelayOf(node.component.saveWhileTyping) : undefined);
    this.run({ origin, delay }, () => {
      const { data } = this.engine;
      if (request.edit) request.edit(data);
      else if (binding && request.text !== undefined) data.setText(binding, request.text);
      else if (binding) {
        data.invalid[binding.dataType]?.set(binding.field, undefined);
        data.model(binding.dataType).set(binding.field, request.value);
      }
    });
    this.written[origin]++;
    return OK;
  }

  read(dataType: string = this.engine.layoutSet.dataType): Record<string, unknown> {
    return this.engine.data.model(dataType).snapshot();
  }

  applyServerModel(dataType: string, model: Record<string, unknown>): void {
    this.run({ origin: 'server', delay: undefined }, () => replaceModel(this.engine.data.model(dataType), model));
    this.written.server++;
  }

  writeStats(): WriteStats {
    return { written: { ...this.written }, refused: this.refused };
  }

  dataMismatches(): readonly DataMismatch[] {
    return this.engine.data.mismatches;
  }

  prefillOrigin(node: FormNode, binding = 'simpleBinding'): PrefillOrigin | undefined {
    const bound = node.bindings[binding];
    const field = this.prefilledField(node, binding);
    if (!bound || !field) return undefined;
    // A value the user has changed (or emptied) is theirs now, not the register's.
    const current: unknown = this.engine.data.model(bound.dataType).get(bound.field);
    return current === field.value ? field.source : undefined;
  }

  wasPrefilled(node: FormNode, binding = 'simpleBinding'): boolean {
    return this.prefilledField(node, binding) !== undefined;
  }

  private prefilledField(node: FormNode, binding: string): PrefilledField | undefined {
    const bound = node.bindings[binding];
    if (!bound) return undefined;
    const field = this.options.prefilledFields?.[bound.dataType]?.find((candidate) => candidate.path === bound.field);
    // An empty register field filled nothing worth pointing at.
    if (!field || field.value === null || field.value === undefined || field.value === '') return undefined;
    return field;
  }

  isReadOnly(node: FormNode): boolean {
    return this.access.isReadOnly(node);
  }

  setPermissions(permissions: SessionPermissions): void {
    this.access.setPermissions(permissions);
  }

  setLockedDataTypes(dataTypes: readonly string[]): void {
    this.access.setLocked(dataTypes);
  }

  subscribeAccess(listener: () => void): () => void {
    return this.access.subscribe(listener);
  }

  accessVersion(): number {
    return this.access.currentVersion;
  }

  reportAttachments(nodeId: string, count: number): void {
    if (this.attachmentCounts.get(nodeId) === count) return;
    this.attachmentCounts.set(nodeId, count);
    this.validator.refreshAttachments(nodeId);
  }

  reportSubformEntries(nodeId: string, state: SubformEntriesState): void {
    this.subformEntries.set(nodeId, state);
    this.validator.refreshSubformEntries(nodeId);
  }

  replaceBackendIssues(issues: readonly BackendValidationIssue[]): void {
    this.validator.replaceBackendIssues(issues);
  }

  setLanguage(language: string): void {
    this.engine.setLanguage(language);
  }

  fieldLeft(): void {
    this.saveScheduler?.fieldLeft();
  }

  flush(): Promise<boolean> {
    return this.saveScheduler ? this.saveScheduler.flush() : Promise.resolve(true);
  }

  submit(): SubmitAttempt {
    const outcome = this.validator.validateAll();
    if (!outcome.ok) return { ok: false, blocking: outcome.blocking, submitted: Promise.resolve(undefined) };
    // Without a save there is nothing to wait for: deliver now, as the user pressed the button.
    if (!this.saveScheduler) return { ok: true, blocking: [], submitted: Promise.resolve(this.deliver()) };
    // The app submits what it has saved: a failed save keeps the form open with its message.
    const submitted = this.saveScheduler.flush().then((saved) => (saved ? this.deliver() : undefined));
    return { ok: true, blocking: [], submitted };
  }

  dispose(): Promise<boolean> {
    // The save reads the data stores, which outlive the engine's tree and the validator.
    const saved = this.flush();
    this.unwatch();
    this.navigation.dispose();
    this.validator.dispose();
    this.engine.dispose();
    return saved;
  }

  private deliver(): SubmittedForm {
    const allModels = this.engine.data.snapshot();
    const data = allModels[this.engine.layoutSet.dataType] ?? {};
    this.options.onSubmit?.(data, allModels);
    return { data, allModels };
  }

  /**
   * Tells the scheduler about every write to the data models, whoever makes it (a field, a row
   * added, an expression-driven cleanup), except the backend's own data coming back. The
   * invalid-text stores are not watched: text that does not fit the schema is never saved.
   */
  subscribeData(listener: (dataType: string, origin: WriteOrigin) => void): () => void {
    const hear = (dataType: string, write: ActiveWrite | undefined) => listener(dataType, write?.origin ?? 'user');
    this.dataListeners.add(hear);
    return () => this.dataListeners.delete(hear);
  }

  /** One subscription per data model (those created on first use too), shared by every listener. */
  private watchData(): () => void {
    const { data } = this.engine;
    const watch = (dataType: string) =>
      data.model(dataType).subscribe(() => {
        for (const listener of this.dataListeners) listener(dataType, this.active);
      });
    const unsubscribers = Object.keys(data.models).map(watch);
    unsubscribers.push(data.subscribeModels((dataType) => unsubscribers.push(watch(dataType))));
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }

  private run(write: ActiveWrite, change: () => void): void {
    const outer = this.active;
    this.active = write;
    try {
      change();
    } finally {
      this.active = outer;
    }
  }

  /**
   * Without the instance's `write` permission, or on a locked data type, nothing may be written;
   * a node's own `readOnly` stops the user but not a prefill (prefilled fields are often read-only).
   */
  private deniedFor(origin: WriteOrigin, node: FormNode | undefined, binding: DataBinding | undefined): boolean {
    if (!this.access.canWrite) return true;
    if (binding && this.access.isLocked(binding.dataType)) return true;
    if (!node) return false;
    if (origin === 'prefill') return Object.values(node.bindings).some((b) => this.access.isLocked(b.dataType));
    return this.access.isReadOnly(node);
  }

  private changesNothing(binding: DataBinding, request: WriteRequest): boolean {
    const { data } = this.engine;
    const stored = data.get(binding);
    // An object or array shows as no text, yet writing text over it replaces it.
    if (request.text !== undefined) return data.text(binding) === request.text && typeof stored !== 'object';
    const empty = (value: unknown) => value === undefined || value === null || value === '';
    return !data.isInvalid(binding) && (Object.is(stored, request.value) || (empty(stored) && empty(request.value)));
  }

  private holdsSomething(binding: DataBinding): boolean {
    const { data } = this.engine;
    const value = data.get(binding);
    return (value !== undefined && value !== null && value !== '') || data.isInvalid(binding);
  }

  private refuse(request: WriteRequest, reason: WriteRefusal): WriteResult {
    this.refused++;
    this.options.onWriteRefused?.(request, reason);
    return { ok: false, reason };
  }
}

function bindingOf(node: FormNode | undefined, binding: WriteRequest['binding']): DataBinding | undefined {
  if (binding !== undefined && typeof binding !== 'string') return binding;
  return node?.bindings[binding ?? 'simpleBinding'];
}

function autoSaveBehaviorOf(settings: Record<string, unknown>): AutoSaveBehavior {
  const pages = settings.pages as { autoSaveBehavior?: unknown } | undefined;
  return pages?.autoSaveBehavior === 'onChangePage' ? 'onChangePage' : 'onChangeFormData';
}

/** Assembles a running form (engine, validation, saving, navigation, submit) behind one write gate. */
export function createFormSession(options: FormSessionOptions): FormSession {
  return new Session(options);
}
