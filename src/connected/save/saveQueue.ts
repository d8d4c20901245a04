import type { DataPatchResponseMultiple, JsonPatch } from '../../client/index.ts';
import type { SavedModel } from '../../core/save/index.ts';
import type { ConnectedClient } from '../client.ts';
import { createPatch } from '../patch/createPatch.ts';
import { jsonEqual } from '../patch/json.ts';
import { mergeModels } from '../patch/mergeModels.ts';
import type { PendingEditsStore } from '../pendingEdits/store.ts';
import type { ConnectedClock, FormModelPort, JsonModel, SaveStatus } from '../types.ts';
import { backoffDelay, classifySaveFailure } from './saveFailure.ts';

/** Validators the form runs itself, so the backend need not (as the reference frontend does). */
export const IGNORED_VALIDATORS = ['DataAnnotations', 'Required', 'Expression'];

/** One form-data element the queue keeps in sync. */
export interface TrackedModel {
  dataType: string;
  dataElementId: string;
  /** The server's model as of the last successful save (or load, or conflict). */
  lastSaved: JsonModel;
  /** What the server should hold: the last model handed to `save`, merged with server changes. */
  desired: JsonModel;
  locked: boolean;
}

export interface SaveQueueOptions {
  instanceId: string;
  client: Pick<ConnectedClient, 'patchDataMultiple'>;
  language: () => string | undefined;
  store: PendingEditsStore;
  clock: ConnectedClock;
  maxRebases: number;
  /** The live form, when one is attached. */
  port: () => FormModelPort | undefined;
  onStatus(status: SaveStatus): void;
  onSaved(response: DataPatchResponseMultiple, dataElementIds: string[]): void;
  onFailed(error: unknown, message: string, status: SaveStatus): void;
}

interface Waiter {
  generation: number;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Saves form data with JSON Patch, one request at a time, so that no edit is lost: a conflict
 * rebases the user's edits on the server's model and tries again (bounded), a network or server
 * failure keeps the edits and retries with backoff, and every unsaved edit is kept in the
 * pending-edits store until the server has it.
 */
export class SaveQueue {
  private readonly models = new Map<string, TrackedModel>();
  private readonly waiters: Waiter[] = [];
  private generation = 0;
  private loop: Promise<void> | undefined;
  private startAgain = false;
  private retryTimer: { handle: unknown } | undefined;
  private failures = 0;
  private rebases = 0;
  private currentStatus: SaveStatus = 'saved';
  private lastError: string | undefined;
  private storeChain: Promise<void> = Promise.resolve();
  private readonly storeWrites = new Map<string, JsonModel>();
  private disposed = false;

  constructor(private readonly options: SaveQueueOptions) {}

  get status(): SaveStatus {
    return this.currentStatus;
  }

  get error(): string | undefined {
    return this.lastError;
  }

  track(model: TrackedModel): void {
    this.models.set(model.dataElementId, model);
  }

  tracked(): TrackedModel[] {
    return [...this.models.values()];
  }

  byDataType(dataType: string): TrackedModel | undefined {
    for (const model of this.models.values()) if (model.dataType === dataType && !model.locked) return model;
    return undefined;
  }

  /** Hands the queue the form's models; resolves once the server has them. */
  save(models: readonly SavedModel[]): Promise<void> {
    for (const { dataType, data } of models) {
      const tracked = this.byDataType(dataType);
      if (!tracked) {
        return Promise.reject(new Error(`No writable data element of type "${dataType}" in the current task`));
      }
      if (jsonEqual(tracked.desired, data)) continue;
      tracked.desired = structuredClone(data);
      this.persist(tracked, tracked.desired);
    }
    return this.waitForSave(true);
  }

  /** Resolves once nothing is unsaved; rejects when the save fails. */
  flush(): Promise<void> {
    return this.waitForSave(false);
  }

  /** Sends edits restored from the pending-edits store. */
  resume(): void {
    if (this.dirty().length > 0) this.waitForSave(true).catch(() => undefined);
  }

  /**
   * The form's `dataType` changed: keep the edit in the store before it is saved. A change back to
   * what the server has (an undo, or the form echoing a server write) clears what was kept.
   */
  noteChange(dataType: string): void {
    const tracked = this.byDataType(dataType);
    const current = this.options.port()?.read(dataType);
    if (!tracked || !current) return;
    // A server write echoed by the form is no edit: nothing to keep, nothing pending.
    if (jsonEqual(current, tracked.lastSaved)) {
      tracked.desired = tracked.lastSaved;
      this.forget(tracked);
      if (this.currentStatus === 'pending' && !this.loop && this.dirty().length === 0)
        this.setStatus(this.idleStatus());
      return;
    }
    this.persist(tracked, current);
    if (this.currentStatus === 'saved') this.setStatus('pending');
  }

  hasUnsavedChanges(): boolean {
    return this.loop !== undefined || this.dirty().length > 0 || this.formHasEdits();
  }

  /** Waits for pending writes to the pending-edits store (tests and shutdown). */
  async settled(): Promise<void> {
    await this.storeChain;
  }

  /** Stops saving; edits not saved stay in the pending-edits store for the next open. */
  dispose(): void {
    this.disposed = true;
    this.cancelRetry();
    this.rejectWaiters(new Error('The instance was closed before its changes were saved'));
  }

  /** Nothing to send: `saved`, unless the form holds edits it has not handed over yet. */
  private idleStatus(): SaveStatus {
    return this.formHasEdits() ? 'pending' : 'saved';
  }

  /** The attached form differs from what the server has (typed, not yet handed to `save`). */
  private formHasEdits(): boolean {
    const port = this.options.port();
    if (!port) return false;
    return this.tracked().some((model) => !model.locked && !jsonEqual(port.read(model.dataType), model.lastSaved));
  }

  private dirty(): TrackedModel[] {
    return this.tracked().filter((model) => !model.locked && !jsonEqual(model.desired, model.lastSaved));
  }

  private waitForSave(changed: boolean): Promise<void> {
    if (this.dirty().length === 0 && !this.loop) return Promise.resolve();
    const generation = changed ? ++this.generation : this.generation;
    const promise = new Promise<void>((resolve, reject) => this.waiters.push({ generation, resolve, reject }));
    if (this.retryTimer) {
      // Offline: the retry timer sends these edits; do not cut the backoff short on every keystroke.
      this.rejectWaiters(new Error(this.lastError ?? 'Saving is waiting to retry'));
      return promise;
    }
    if (changed && this.currentStatus === 'error') this.rebases = 0;
    this.start();
    return promise;
  }

  private start(): void {
    if (this.disposed) return;
    if (this.loop) {
      // The loop may be past its last check already; it looks again when it ends.
      this.startAgain = true;
      return;
    }
    this.loop = this.run().finally(() => {
      this.loop = undefined;
      if (!this.startAgain) return;
      this.startAgain = false;
      this.start();
    });
  }

  private async run(): Promise<void> {
    for (;;) {
      const dirty = this.dirty();
      if (dirty.length === 0) {
        this.setStatus(this.idleStatus());
        this.resolveWaiters(this.generation);
        return;
      }
      if (this.disposed) return;
      const outcome = await this.attempt(dirty);
      if (outcome === 'stop') return;
    }
  }

  private async attempt(dirty: TrackedModel[]): Promise<'again' | 'stop'> {
    const generation = this.generation;
    const sent = new Map(dirty.map((model) => [model.dataElementId, structuredClone(model.desired)]));
    const patches: { dataElementId: string; patch: JsonPatch }[] = dirty.map((model) => ({
      dataElementId: model.dataElementId,
      patch: createPatch(model.lastSaved, sent.get(model.dataElementId)),
    }));
    this.setStatus('saving');
    let response: DataPatchResponseMultiple;
    try {
      response = await this.options.client.patchDataMultiple(
        this.options.instanceId,
        { patches, ignoredValidators: IGNORED_VALIDATORS },
        { language: this.options.language() },
      );
    } catch (error) {
      return this.failed(error);
    }
    if (this.disposed) return 'stop';
    this.failures = 0;
    this.rebases = 0;
    this.lastError = undefined;
    this.cancelRetry();
    this.accept(response, sent);
    if (this.dirty().length === 0) this.setStatus(this.idleStatus());
    this.options.onSaved(response, [...sent.keys()]);
    this.resolveWaiters(generation);
    return 'again';
  }

  /**
   * Models another call changed on the server (an upload's or a delete's data processors): merged
   * into the user's models like a save's answer, with the last saved model as the base.
   */
  adoptServerModels(pairs: readonly { dataElementId: string; data: unknown }[]): void {
    for (const { dataElementId, data } of pairs) {
      const tracked = this.models.get(dataElementId);
      if (!tracked || typeof data !== 'object' || data === null || Array.isArray(data)) continue;
      this.adoptServerModel(tracked, tracked.lastSaved, data as JsonModel);
    }
  }

  /** Three-way merges the server's models into what the user has now, and records them as saved. */
  private accept(response: DataPatchResponseMultiple, sent: Map<string, JsonModel>): void {
    const answered = new Set<string>();
    for (const { dataElementId, data } of response.newDataModels ?? []) {
      const tracked = this.models.get(dataElementId);
      if (!tracked || typeof data !== 'object' || data === null || Array.isArray(data)) continue;
      answered.add(dataElementId);
      this.adoptServerModel(tracked, sent.get(dataElementId) ?? tracked.lastSaved, data as JsonModel);
    }
    for (const [dataElementId, model] of sent) {
      const tracked = this.models.get(dataElementId);
      if (tracked && !answered.has(dataElementId)) this.adoptServerModel(tracked, model, model);
    }
  }

  private adoptServerModel(tracked: TrackedModel, base: JsonModel, server: JsonModel): void {
    tracked.lastSaved = server;
    tracked.desired = mergeModels(base, server, tracked.desired) as JsonModel;
    const port = this.options.port();
    let current = tracked.desired;
    if (port) {
      const live = port.read(tracked.dataType);
      current = mergeModels(base, server, live) as JsonModel;
      if (!jsonEqual(current, live)) port.applyServerModel(tracked.dataType, current);
      // When the form now shows exactly the server's model, its own (copy-on-write) tree stands for
      // it: the comparison each keystroke makes (noteChange) then stops at the subtrees the two
      // share instead of walking the whole model.
      const shown = port.read(tracked.dataType);
      if (jsonEqual(shown, server)) tracked.lastSaved = shown;
    }
    if (jsonEqual(current, server)) this.forget(tracked);
    else this.persist(tracked, current);
  }

  private failed(error: unknown): 'again' | 'stop' {
    const failure = classifySaveFailure(error);
    this.lastError = failure.message;
    if (failure.kind === 'conflict') {
      const tracked = this.models.get(failure.dataElementId);
      if (tracked && this.rebases < this.options.maxRebases) {
        this.rebases++;
        this.rebase(tracked, failure.previousModel);
        return 'again';
      }
      return this.giveUp(error, failure.message);
    }
    if (failure.kind === 'refused') return this.giveUp(error, failure.message);

    this.failures++;
    const status: SaveStatus = failure.offline ? 'offline' : 'error';
    this.setStatus(status);
    this.options.onFailed(error, failure.message, status);
    this.rejectWaiters(error);
    const timer = {
      handle: this.options.clock.setTimeout(() => {
        if (this.retryTimer !== timer) return;
        this.retryTimer = undefined;
        this.start();
      }, backoffDelay(this.failures)),
    };
    this.retryTimer = timer;
    return 'stop';
  }

  /** Puts the user's edits (stale base → desired) on top of the server's current model. */
  private rebase(tracked: TrackedModel, previousModel: JsonModel): void {
    const staleBase = tracked.lastSaved;
    tracked.lastSaved = previousModel;
    tracked.desired = mergeModels(staleBase, previousModel, tracked.desired) as JsonModel;
    const port = this.options.port();
    if (port) {
      const live = port.read(tracked.dataType);
      const rebased = mergeModels(staleBase, previousModel, live) as JsonModel;
      if (!jsonEqual(rebased, live)) port.applyServerModel(tracked.dataType, rebased);
    }
    this.persist(tracked, tracked.desired);
  }

  private giveUp(error: unknown, message: string): 'stop' {
    this.setStatus('error');
    this.options.onFailed(error, message, 'error');
    this.rejectWaiters(error);
    return 'stop';
  }

  private persist(tracked: TrackedModel, current: JsonModel): void {
    const key = tracked.dataElementId;
    const queued = this.storeWrites.has(key);
    this.storeWrites.set(key, current);
    // Writes per element coalesce: while one is queued, later edits only replace what it writes.
    if (queued) return;
    this.enqueueStore(async (store) => {
      const latest = this.storeWrites.get(key);
      this.storeWrites.delete(key);
      if (!latest) return;
      await store.put({
        instanceId: this.options.instanceId,
        dataElementId: key,
        dataType: tracked.dataType,
        base: tracked.lastSaved,
        current: latest,
        savedAt: this.options.clock.now(),
      });
    });
  }

  private forget(tracked: TrackedModel): void {
    this.storeWrites.delete(tracked.dataElementId);
    this.enqueueStore((store) => store.delete(this.options.instanceId, tracked.dataElementId));
  }

  private enqueueStore(write: (store: PendingEditsStore) => Promise<void>): void {
    // A store that fails (quota, private mode) must not stop saving; the edit still goes to the server.
    this.storeChain = this.storeChain.then(() => write(this.options.store)).catch(() => undefined);
  }

  private cancelRetry(): void {
    if (!this.retryTimer) return;
    this.options.clock.clearTimeout(this.retryTimer.handle);
    this.retryTimer = undefined;
  }

  private resolveWaiters(generation: number): void {
    for (let index = this.waiters.length - 1; index >= 0; index--) {
      const waiter = this.waiters[index]!;
      if (waiter.generation > generation) continue;
      this.waiters.splice(index, 1);
      waiter.resolve();
    }
  }

  private rejectWaiters(error: unknown): void {
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }

  private setStatus(status: SaveStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    this.options.onStatus(status);
  }
}
