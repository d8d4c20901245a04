import { DEFAULT_TYPING_DELAY, type SaveDelay } from './saveDelay.ts';

/** One data model as it is handed to the save: its data type and its whole JSON. */
export interface SavedModel {
  dataType: string;
  data: Record<string, unknown>;
}

/** Settings.json `pages.autoSaveBehavior`. */
export type AutoSaveBehavior = 'onChangeFormData' | 'onChangePage';

/** The timer the scheduler waits with; injected so tests can drive time by hand. */
export interface SaveClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SaveSchedulerOptions {
  /** Stores the models; a rejected promise (or a throw) means nothing of this call was saved. */
  save(models: SavedModel[]): void | Promise<void>;
  /** The current JSON of a data model, read when a save starts. */
  read(dataType: string): Record<string, unknown>;
  /** Hears every failed save; the changes stay pending. */
  onError?(error: unknown): void;
  /** Default `onChangeFormData`: save after a quiet period. `onChangePage`: only on page change and flush. */
  behavior?: AutoSaveBehavior;
  /** Quiet period for changes that do not name one (radio buttons, checkboxes, rows). Default 400 ms. */
  defaultDelay?: number;
  clock?: SaveClock;
}

const globalClock: SaveClock = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Decides when the form's data is saved. It is told which data model changed and how long the
 * change wants to wait, and calls `save` with every model changed since the last successful save
 * once the quiet period ends. Saves never overlap: a save wanted while one runs starts after it.
 * A failed save keeps its models pending, so the next change, page change or flush saves them again:
 * no edit is lost because one request failed.
 */
export class SaveScheduler {
  private readonly dirty = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private readonly clock: SaveClock;
  private readonly behavior: AutoSaveBehavior;
  private readonly defaultDelay: number;
  private timer: { handle: unknown } | undefined;
  private running: Promise<boolean> | undefined;
  private saveWhenDone = false;
  private waitingForLeave = false;
  private delayOfWrite: SaveDelay | undefined;
  private lastFailed = false;

  constructor(private readonly options: SaveSchedulerOptions) {
    this.clock = options.clock ?? globalClock;
    this.behavior = options.behavior ?? 'onChangeFormData';
    this.defaultDelay = options.defaultDelay ?? DEFAULT_TYPING_DELAY;
  }

  /** True from a failed save until the next successful one. */
  get failed(): boolean {
    return this.lastFailed;
  }

  /** True while a change is unsaved or a save is running. */
  get pending(): boolean {
    return this.dirty.size > 0 || this.running !== undefined;
  }

  /** Hears `failed` and `pending` change. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs `write`; data changes it causes wait `delay` (a typing field's `saveWhileTyping`) instead of
   * the default. The data store announces changes itself, so the field only has to say how long.
   */
  withDelay<T>(delay: SaveDelay, write: () => T): T {
    const outer = this.delayOfWrite;
    this.delayOfWrite = delay;
    try {
      return write();
    } finally {
      this.delayOfWrite = outer;
    }
  }

  /** A data model changed; it is saved once `delay` passes without another change. */
  changed(dataType: string, delay: SaveDelay = this.delayOfWrite ?? this.defaultDelay): void {
    const wasPending = this.pending;
    this.dirty.add(dataType);
    if (!wasPending) this.emit();
    if (this.behavior === 'onChangePage') return;
    // The last change decides when: typing on in the same or another field postpones the save.
    this.cancelTimer();
    this.waitingForLeave = delay === 'onLeave';
    if (delay === 'onLeave') return;
    const timer = {
      handle: this.clock.setTimeout(() => {
        if (this.timer !== timer) return;
        this.timer = undefined;
        if (this.dirty.size === 0) return;
        if (this.running) this.saveWhenDone = true;
        else void this.start();
      }, delay),
    };
    this.timer = timer;
  }

  /** The user left a field: what it waited for is saved now (not with `onChangePage`). */
  fieldLeft(): void {
    if (this.behavior === 'onChangePage' || this.dirty.size === 0) return;
    void this.flush();
  }

  /** The form moved to another page: everything pending is saved now, whatever the behaviour. */
  pageChanged(): Promise<boolean> {
    return this.flush();
  }

  /**
   * Saves whatever is pending now, after a running save if there is one. Resolves `true` when
   * everything is saved, `false` when the save failed (the changes stay pending).
   */
  async flush(): Promise<boolean> {
    while (this.running) await this.running;
    // Changes made while waiting are part of this save; their own timers need not fire.
    this.cancelTimer();
    this.waitingForLeave = false;
    if (this.dirty.size === 0) return !this.lastFailed;
    return this.start();
  }

  /** Stops waiting and saves what is pending; the form is going away. */
  dispose(): Promise<boolean> {
    return this.flush();
  }

  private start(): Promise<boolean> {
    const dataTypes = [...this.dirty];
    this.dirty.clear();
    const models = dataTypes.map((dataType) => ({ dataType, data: this.options.read(dataType) }));
    let result: void | Promise<void>;
    try {
      result = this.options.save(models);
    } catch (error) {
      result = Promise.reject(error);
    }
    const running = Promise.resolve(result).then(
      () => {
        this.lastFailed = false;
        return true;
      },
      (error: unknown) => {
        for (const dataType of dataTypes) this.dirty.add(dataType);
        this.lastFailed = true;
        this.options.onError?.(error);
        return false;
      },
    );
    this.running = running.then((ok) => {
      this.running = undefined;
      // A change whose quiet period ended during this save; a change that waits for its field to be
      // left, or a later change still waiting, starts its own save when its time comes.
      const again = this.saveWhenDone && this.dirty.size > 0 && !this.timer && !this.waitingForLeave;
      this.saveWhenDone = false;
      if (again) void this.start();
      else this.emit();
      return ok;
    });
    this.emit();
    return this.running;
  }

  private cancelTimer(): void {
    if (!this.timer) return;
    this.clock.clearTimeout(this.timer.handle);
    this.timer = undefined;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
