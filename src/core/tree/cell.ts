import { ExpressionRuntimeError } from '../expressions/errors.ts';
import type { DataIndex, DataSubscriber } from './dataIndex.ts';

type CellState = 'unset' | 'fresh' | 'check' | 'dirty';

/** Shared by all cells of one tree: which cell is computing now, and the data subscriptions. */
export class CellGraph {
  current: Cell<unknown> | undefined;
  /** Called when a computed cell goes stale, so the owner can recompute it eagerly if someone listens. */
  onStale: ((cell: Cell<unknown>) => void) | undefined;
  constructor(
    readonly dataIndex: DataIndex,
    /** Reads the current value at a path, to tell whether a write really changed what a cell saw. */
    readonly readValue: (dataType: string, path: string) => unknown,
  ) {}

  /** Called by data readers: the running cell depends on `path`, where it saw `value`. */
  trackData(dataType: string, path: string, value: unknown): void {
    this.current?.addDataDependency(dataType, path, value);
  }

  /** Runs `fn` without attributing its reads to the running cell. */
  untracked<T>(fn: () => T): T {
    const saved = this.current;
    this.current = undefined;
    try {
      return fn();
    } finally {
      this.current = saved;
    }
  }
}

/**
 * A lazily computed value that remembers what it read: data paths (through the graph's index)
 * and other cells. A write marks direct readers dirty and their readers "check"; a later `get`
 * recomputes only when something it read really changed, so unaffected work is never redone.
 */
export class Cell<T> implements DataSubscriber {
  private state: CellState = 'unset';
  private value: T | undefined;
  /** Bumped whenever the value changes, so readers can tell whether they are stale. */
  version = 0;
  // Allocated on first use: most cells of a big form read data only, and many are never read by others.
  private sources: Map<Cell<unknown>, number> | undefined;
  private observers: Set<Cell<unknown>> | undefined;
  private dataDependencies: [dataType: string, path: string, seen: unknown][] = [];
  private disposed = false;
  private computing = false;

  constructor(
    private readonly graph: CellGraph,
    private readonly compute: () => T,
    private readonly onChange?: () => void,
  ) {}

  get(): T {
    const reader = this.graph.current;
    this.refresh();
    if (reader && reader !== (this as Cell<unknown>)) {
      (reader.sources ??= new Map()).set(this as Cell<unknown>, this.version);
      (this.observers ??= new Set()).add(reader);
    }
    return this.value as T;
  }

  /** True once computed; only computed cells are worth recomputing eagerly after a change. */
  get isComputed(): boolean {
    return this.state !== 'unset';
  }

  get isStale(): boolean {
    return this.state === 'dirty' || this.state === 'check';
  }

  addDataDependency(dataType: string, path: string, value: unknown): void {
    this.dataDependencies.push([dataType, path, value]);
    this.graph.dataIndex.add(dataType, path, this);
  }

  /**
   * A write at, above or below a path this cell read. Data is immutable and structurally shared,
   * so an identical value at every path read means the write (say, replacing a whole array with
   * the same rows plus one) did not touch this cell.
   */
  onDataChanged(): void {
    if (this.state !== 'fresh' && this.state !== 'check') return;
    const touched = this.dataDependencies.some(
      ([dataType, path, seen]) => !Object.is(this.graph.readValue(dataType, path), seen),
    );
    if (touched) this.markDirty();
  }

  markDirty(): void {
    if (this.state === 'unset' || this.state === 'dirty') return;
    if (this.state === 'fresh') this.graph.onStale?.(this as Cell<unknown>);
    this.state = 'dirty';
    if (this.observers) for (const observer of this.observers) observer.markCheck();
  }

  private markCheck(): void {
    if (this.state !== 'fresh') return;
    this.graph.onStale?.(this as Cell<unknown>);
    this.state = 'check';
    if (this.observers) for (const observer of this.observers) observer.markCheck();
  }

  refresh(): void {
    if (this.disposed || this.state === 'fresh') return;
    if (this.state === 'check') {
      for (const [source, seenVersion] of this.sources ?? []) {
        source.refresh();
        if (source.version !== seenVersion) {
          this.state = 'dirty';
          break;
        }
      }
      if (this.state === 'check') {
        this.state = 'fresh';
        return;
      }
    }
    this.recompute();
  }

  private recompute(): void {
    // Two expressions that read each other (A hidden by B's value, B hidden by A's) would recurse forever.
    if (this.computing) throw new ExpressionRuntimeError('Circular dependency between expressions');
    this.unlinkSources();
    const saved = this.graph.current;
    this.graph.current = this as Cell<unknown>;
    this.computing = true;
    let next: T;
    try {
      next = this.compute();
    } finally {
      this.computing = false;
      this.graph.current = saved;
    }
    const first = this.state === 'unset';
    const changed = first || !Object.is(next, this.value);
    this.value = next;
    this.state = 'fresh';
    if (changed) {
      this.version++;
      if (!first) this.onChange?.();
    }
  }

  private unlinkSources(): void {
    if (this.sources) for (const source of this.sources.keys()) source.observers?.delete(this as Cell<unknown>);
    this.sources = undefined;
    for (const [dataType, path] of this.dataDependencies) this.graph.dataIndex.remove(dataType, path, this);
    this.dataDependencies = [];
  }

  /** Forget everything (the node went away); readers are told so they re-resolve. */
  dispose(): void {
    if (this.disposed) return;
    this.unlinkSources();
    if (this.observers) for (const observer of this.observers) observer.markDirty();
    this.observers = undefined;
    this.disposed = true;
  }
}
