import { isAppApiError } from '../../client/index.ts';
import type { SavedModel } from '../../core/save/index.ts';
import type {
  ApplicationMetadata,
  AppProcessState,
  DataElement,
  DataModelPair,
  Instance,
  LayoutSets,
  ValidationIssueWithSource,
  ValidationSourcePair,
} from '../../wire/index.ts';
import type { ConnectedClient } from '../client.ts';
import { isJsonObject, jsonEqual } from '../patch/json.ts';
import { mergeModels } from '../patch/mergeModels.ts';
import type { PendingEditsStore } from '../pendingEdits/store.ts';
import { IGNORED_VALIDATORS, SaveQueue } from '../save/saveQueue.ts';
import type {
  AttachmentMethods,
  ConnectedClock,
  ConnectedEvents,
  ConnectedInstance,
  DataModelElement,
  FormModelPort,
  JsonModel,
  ProcessNextResult,
  SaveStatus,
  SubmitBlocker,
} from '../types.ts';
import { BackendIssues } from './backendIssues.ts';
import { Emitter } from './emitter.ts';
import { readPrefillRecord } from '../../core/data/prefillRecord.ts';

export interface InstanceContext {
  client: ConnectedClient;
  language: () => string | undefined;
  store: PendingEditsStore;
  clock: ConnectedClock;
  scanPollMs: number;
  maxRebases: number;
  metadata: ApplicationMetadata;
  layoutSets: LayoutSets;
  /** App-level listeners; every instance event reaches them too. */
  appEvents: Emitter<ConnectedEvents>;
}

/** Opens an instance: its process, the current task's form data (with restored unsaved edits). */
export async function openConnectedInstance(
  context: InstanceContext,
  instance: Instance,
  process?: AppProcessState,
): Promise<ConnectedInstance> {
  const running = new RunningInstance(context, instance, process ?? (await context.client.getProcess(instance.id)));
  await running.loadTask();
  return running;
}

class RunningInstance implements ConnectedInstance {
  private readonly events = new Emitter<ConnectedEvents>();
  private readonly issues = new BackendIssues();
  private readonly statusListeners = new Set<(status: SaveStatus) => void>();
  private readonly formDataTypes: Set<string>;
  private models = new Map<string, DataModelElement>();
  private queue: SaveQueue;
  private port: FormModelPort | undefined;
  private unsubscribePort: (() => void) | undefined;
  private scanTimer: { handle: unknown } | undefined;
  private disposed = false;

  constructor(
    private readonly context: InstanceContext,
    public instance: Instance,
    public process: AppProcessState,
  ) {
    this.formDataTypes = new Set(context.metadata.dataTypes.filter((t) => t.appLogic?.classRef).map((t) => t.id));
    this.queue = this.createQueue();
  }

  get layoutSetId(): string | undefined {
    const taskId = this.process.currentTask?.elementId;
    if (!taskId || this.process.ended) return undefined;
    return this.context.layoutSets.sets.find((set) => set.tasks?.includes(taskId))?.id;
  }

  get dataModels(): ReadonlyMap<string, DataModelElement> {
    return this.models;
  }

  get saveStatus(): SaveStatus {
    return this.queue.status;
  }

  get saveError(): string | undefined {
    return this.queue.error;
  }

  get backendIssues() {
    return this.issues.all;
  }

  onSaveStatus(listener: (status: SaveStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => void this.statusListeners.delete(listener);
  }

  save(models: SavedModel[]): Promise<void> {
    return this.queue.save(models);
  }

  flush(): Promise<void> {
    return this.queue.flush();
  }

  async readModel(dataType: string): Promise<JsonModel | undefined> {
    const current = this.models.get(dataType);
    // The current task's model: as the form holds it now, edits included.
    if (current) return this.port?.read(dataType) ?? current.model;
    const element = this.instance.data.find((candidate) => candidate.dataType === dataType);
    if (!element) return undefined;
    const model = await this.context.client.getDataElement(this.instance.id, element.id, {
      language: this.context.language(),
    });
    return isJsonObject(model) ? model : undefined;
  }

  hasUnsavedChanges(): boolean {
    return this.queue.hasUnsavedChanges();
  }

  attach(port: FormModelPort): () => void {
    this.unsubscribePort?.();
    this.port = port;
    this.unsubscribePort = port.subscribe?.((dataType) => this.queue.noteChange(dataType));
    return () => {
      if (this.port !== port) return;
      this.unsubscribePort?.();
      this.unsubscribePort = undefined;
      this.port = undefined;
    };
  }

  on<E extends keyof ConnectedEvents>(event: E, listener: (payload: ConnectedEvents[E]) => void): () => void {
    return this.events.on(event, listener);
  }

  async validate() {
    const issues = await this.context.client.validateInstance(this.instance.id, {
      language: this.context.language(),
    });
    if (this.issues.replaceAll(issues)) this.emit('validationChanged', { issues: this.issues.all });
    return this.issues.all;
  }

  async processNext(action?: string): Promise<ProcessNextResult> {
    try {
      await this.queue.flush();
    } catch (error) {
      return { kind: 'error', error, message: `Unsaved changes could not be saved: ${messageOf(error)}` };
    }
    try {
      if (this.hasPendingScan()) await this.refreshInstance();
      // Moving on is refused here, before the server is asked, for the files the server would refuse
      // it for (an infected file; a scan still running where the data type waits for it); a reject
      // leaves the task without submitting it.
      const blockers = action === 'reject' ? [] : this.submitBlockers();
      if (blockers.length > 0) return { kind: 'blocked', issues: blockers.map(blockerIssue) };
      const process = await this.context.client.processNext(this.instance.id, {
        action,
        language: this.context.language(),
      });
      this.process = process;
      await this.refreshInstance();
      await this.loadTask();
      this.emit('processMoved', { process });
      if (process.ended || !process.currentTask) this.emit('submitted', { instance: this.instance, process });
      return { kind: 'moved', process };
    } catch (error) {
      if (isAppApiError(error) && error.validationIssues) {
        if (this.issues.replaceAll(error.validationIssues)) this.emit('validationChanged', { issues: this.issues.all });
        return { kind: 'blocked', issues: error.validationIssues };
      }
      return { kind: 'error', error, message: messageOf(error) };
    }
  }

  readonly attachments: AttachmentMethods = {
    list: () => this.instance.data.filter((element) => !this.formDataTypes.has(element.dataType)),
    upload: async (dataType, file, filename, options = {}) => {
      // Data processors may change form data on upload: let pending saves land first.
      await this.queue.flush().catch(() => undefined);
      const result = await this.context.client.uploadAttachment(this.instance.id, dataType, file, {
        filename,
        ...this.writeOptions(),
      });
      this.adopt(result.instance, result.newDataModels, result.validationIssues);
      let element = this.element(result.newDataElementId);
      if (options.tags?.length) element = await this.attachments.setTags(result.newDataElementId, options.tags);
      this.watchScans();
      return element;
    },
    delete: async (dataElementId) => {
      await this.queue.flush().catch(() => undefined);
      const result = await this.context.client.deleteDataElement(this.instance.id, dataElementId, this.writeOptions());
      this.adopt(result.instance, result.newDataModels, result.validationIssues);
    },
    setTags: async (dataElementId, tags) => {
      const result = await this.context.client.setTags(this.instance.id, dataElementId, tags, this.writeOptions());
      const updated = { ...this.element(dataElementId), tags: result.tags ?? tags };
      this.setInstance({
        ...this.instance,
        data: this.instance.data.map((element) => (element.id === dataElementId ? updated : element)),
      });
      if (result.validationIssues && this.issues.replaceSources(result.validationIssues)) {
        this.emit('validationChanged', { issues: this.issues.all });
      }
      return updated;
    },
  };

  submitBlockers(): SubmitBlocker[] {
    const blockers: SubmitBlocker[] = [];
    for (const element of this.attachments.list()) {
      const type = this.context.metadata.dataTypes.find((candidate) => candidate.id === element.dataType);
      const base = { dataElementId: element.id, dataType: element.dataType, filename: element.filename ?? undefined };
      if (element.fileScanResult === 'Infected') blockers.push({ ...base, reason: 'infected' });
      else if (element.fileScanResult === 'Pending' && type?.validationErrorOnPendingFileScan === true) {
        blockers.push({ ...base, reason: 'scan-pending' });
      }
    }
    return blockers;
  }

  dispose(): void {
    this.disposed = true;
    this.queue.dispose();
    this.unsubscribePort?.();
    if (this.scanTimer) this.context.clock.clearTimeout(this.scanTimer.handle);
    this.scanTimer = undefined;
    this.events.clear();
    this.statusListeners.clear();
  }

  /** Reads the current task's form data, restoring edits the pending-edits store kept. */
  async loadTask(): Promise<void> {
    const taskId = this.process.ended ? undefined : this.process.currentTask?.elementId;
    const setDataType = this.context.layoutSets.sets.find((set) => set.id === this.layoutSetId)?.dataType;
    const elements = this.instance.data.filter((element) => {
      if (!this.formDataTypes.has(element.dataType) || !taskId) return false;
      const type = this.context.metadata.dataTypes.find((candidate) => candidate.id === element.dataType);
      return element.dataType === setDataType || type?.taskId === taskId;
    });
    const models = new Map<string, DataModelElement>();
    const queue = this.createQueue();
    for (const element of elements) {
      if (models.has(element.dataType)) continue;
      const server = await this.context.client.getDataElement(this.instance.id, element.id, {
        language: this.context.language(),
      });
      if (!isJsonObject(server)) {
        throw new TypeError(
          `Form data ${element.id} ("${element.dataType}") of instance ${this.instance.id} is not a JSON object; ` +
            'the backend must answer with JSON (Accept: application/json).',
        );
      }
      const pending = element.locked ? undefined : await this.context.store.get(this.instance.id, element.id);
      const desired = pending ? (mergeModels(pending.base, server, pending.current) as JsonModel) : server;
      // The server has it all already (the last save landed after all): a stale edit kept longer
      // would later overwrite what someone else saves there.
      if (pending && jsonEqual(desired, server)) await this.context.store.delete(this.instance.id, element.id);
      queue.track({
        dataType: element.dataType,
        dataElementId: element.id,
        lastSaved: server,
        desired,
        locked: element.locked,
      });
      models.set(element.dataType, {
        dataType: element.dataType,
        dataElementId: element.id,
        model: desired,
        locked: element.locked,
        prefilled: readPrefillRecord(element),
      });
    }
    this.queue.dispose();
    this.queue = queue;
    this.models = models;
    if (!this.disposed) queue.resume();
    this.watchScans();
  }

  private createQueue(): SaveQueue {
    return new SaveQueue({
      instanceId: this.instance.id,
      client: this.context.client,
      language: this.context.language,
      store: this.context.store,
      clock: this.context.clock,
      maxRebases: this.context.maxRebases,
      port: () => this.port,
      onStatus: (status) => {
        for (const listener of [...this.statusListeners]) listener(status);
      },
      onSaved: (response, dataElementIds) => {
        this.setInstance(response.instance);
        if (this.issues.replaceSources(response.validationIssues ?? [])) {
          this.emit('validationChanged', { issues: this.issues.all });
        }
        this.emit('dataSaved', { dataElementIds, instance: this.instance });
      },
      onFailed: (error, message, status) => this.emit('saveFailed', { error, message, status }),
    });
  }

  private adopt(instance: Instance, models: readonly DataModelPair[], issues: readonly ValidationSourcePair[]) {
    this.setInstance(instance);
    this.queue.adoptServerModels(models ?? []);
    if (this.issues.replaceSources(issues ?? [])) this.emit('validationChanged', { issues: this.issues.all });
  }

  /** Like a save, writes ask for the backend's own validators, not the ones the form runs. */
  private writeOptions() {
    return { language: this.context.language(), ignoredValidators: IGNORED_VALIDATORS };
  }

  private element(dataElementId: string): DataElement {
    const element = this.instance.data.find((candidate) => candidate.id === dataElementId);
    if (!element) throw new Error(`The instance has no data element ${dataElementId}`);
    return element;
  }

  private setInstance(instance: Instance): void {
    if (jsonEqual(instance, this.instance)) return;
    this.instance = instance;
    this.emit('instanceChanged', { instance });
  }

  private async refreshInstance(): Promise<void> {
    this.setInstance(await this.context.client.getInstance(this.instance.id));
  }

  private hasPendingScan(): boolean {
    return this.instance.data.some((element) => element.fileScanResult === 'Pending');
  }

  /** Re-reads the instance while a virus scan is pending, until every scan has a result. */
  private watchScans(): void {
    if (this.scanTimer || this.disposed || !this.hasPendingScan()) return;
    const timer = {
      handle: this.context.clock.setTimeout(async () => {
        if (this.scanTimer !== timer) return;
        try {
          await this.refreshInstance();
        } catch {
          // A failed poll is retried at the next tick; the scan result is not urgent.
        }
        this.scanTimer = undefined;
        this.watchScans();
      }, this.context.scanPollMs),
    };
    this.scanTimer = timer;
  }

  private emit<E extends keyof ConnectedEvents>(event: E, payload: ConnectedEvents[E]): void {
    this.events.emit(event, payload);
    this.context.appEvents.emit(event, payload);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A submit blocker as the issue Altinn's default data element validator reports for it (same code
 * and field), with a text key the UI resolves in the user's language.
 */
function blockerIssue(blocker: SubmitBlocker): ValidationIssueWithSource {
  const infected = blocker.reason === 'infected';
  const name = blocker.filename ?? blocker.dataType;
  return {
    severity: 1,
    source: 'File',
    field: blocker.dataType,
    dataElementId: blocker.dataElementId,
    code: infected ? 'DataElementFileInfected' : 'DataElementFileScanPending',
    description: infected
      ? `The file ${name} contains a virus and must be deleted before the form can be submitted.`
      : `The file ${name} is still being checked for viruses.`,
    customTextKey: infected ? 'submit_blocked.infected' : 'submit_blocked.scan_pending',
    customTextParameters: { filename: name },
  };
}
