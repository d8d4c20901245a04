import { formatPath, parsePath, type PathSegment } from '../data/path.ts';
import { evaluateExpression, type ExpressionContext } from '../expressions/index.ts';
import type { ExpressionRule } from './expressionConfig.ts';
import type { FieldIssue } from './fieldIssue.ts';
import type { FieldIssueStore } from './fieldIssueStore.ts';
import { ValidationMask } from './masks.ts';
import { PathIndex } from './pathIndex.ts';

/** What expression validations need from the form: data to read and an expression host per field. */
export interface ExpressionHost {
  read(dataType: string, path: string): unknown;
  /**
   * A context for evaluating at `field`: `argv 0` and `value field` give the field, unindexed
   * `dataModel` paths resolve within its row, and every read is reported so the rule re-runs
   * only when what it read changes. `onOpaqueRead` is called for reads that cannot be tracked.
   */
  context(
    dataType: string,
    field: string,
    onRead: (dataType: string, path: string) => void,
    onOpaqueRead: () => void,
  ): ExpressionContext;
  /** Counts one condition evaluated. */
  counted(): void;
}

interface Entry {
  readonly pattern: string;
  readonly field: string;
  readonly rules: readonly ExpressionRule[];
  reads: [dataType: string, path: string, seen: unknown][];
  opaque: boolean;
}

/**
 * The expression validations of one data model. A rule written for `rows.amount` runs once per
 * row (`rows[0].amount`, `rows[1].amount`…); each run remembers the paths it read, so a write
 * re-runs only the runs that read it, and a new or removed row adds or drops its own runs.
 */
export class ExpressionValidations {
  private readonly entries = new Map<string, Entry>();
  private readonly readers = new PathIndex<Entry>();
  private readonly opaque = new Set<Entry>();
  /** Arrays each pattern was expanded over; a change in their length re-expands the pattern. */
  private readonly shapes = new PathIndex<string>();
  private readonly shapePaths = new Map<string, Shape[]>();

  constructor(
    private readonly dataType: string,
    private readonly rules: ReadonlyMap<string, readonly ExpressionRule[]>,
    private readonly store: FieldIssueStore,
    private readonly host: ExpressionHost,
  ) {}

  /** Expands and runs everything; returns the fields whose issues changed. */
  start(): Set<string> {
    const changed = new Set<string>();
    for (const pattern of this.rules.keys()) this.expand(pattern, changed);
    return changed;
  }

  /** A write at `path` of any data model (rules may read other models). */
  onWrite(dataType: string, path: string): Set<string> {
    const changed = new Set<string>();
    const segments = parsePath(path);
    if (dataType === this.dataType) {
      for (const pattern of this.shapes.affectedBy(dataType, segments)) {
        if (this.shapeChanged(pattern, segments)) this.expand(pattern, changed);
      }
    }
    const rerun = new Set<Entry>(this.opaque);
    for (const entry of this.readers.affectedBy(dataType, segments)) {
      if (entry.reads.some(([type, read, seen]) => !Object.is(this.host.read(type, read), seen))) rerun.add(entry);
    }
    for (const entry of rerun)
      if (this.entries.get(keyOf(entry.pattern, entry.field)) === entry) this.run(entry, changed);
    return changed;
  }

  dispose(): void {
    for (const entry of this.entries.values()) this.forget(entry);
    this.entries.clear();
  }

  private shapeChanged(pattern: string, written: readonly PathSegment[]): boolean {
    for (const shape of this.shapePaths.get(pattern) ?? []) {
      const related = shape.segments.every((s, i) => i >= written.length || s === written[i]);
      if (related && shapeOf(this.host.read(this.dataType, shape.path)) !== shape.seen) return true;
    }
    return false;
  }

  private expand(pattern: string, changed: Set<string>): void {
    for (const { path } of this.shapePaths.get(pattern) ?? []) this.shapes.remove(this.dataType, path, pattern);
    const shapes: Shape[] = [];
    const fields = concretePaths(parsePath(pattern), (path) => {
      const value = this.host.read(this.dataType, path);
      shapes.push({ path, segments: parsePath(path), seen: shapeOf(value) });
      return value;
    });
    this.shapePaths.set(pattern, shapes);
    for (const { path } of shapes) this.shapes.add(this.dataType, path, pattern);

    const wanted = new Set(fields);
    for (const [key, entry] of this.entries) {
      if (entry.pattern !== pattern || wanted.has(entry.field)) continue;
      this.forget(entry);
      this.entries.delete(key);
      for (const field of this.store.setField(sourceOf(pattern), this.dataType, entry.field, [])) changed.add(field);
    }
    for (const field of fields) {
      const key = keyOf(pattern, field);
      if (this.entries.has(key)) continue;
      const entry: Entry = { pattern, field, rules: this.rules.get(pattern) ?? [], reads: [], opaque: false };
      this.entries.set(key, entry);
      this.run(entry, changed);
    }
  }

  private run(entry: Entry, changed: Set<string>): void {
    this.forget(entry);
    const reads: Entry['reads'] = [];
    const context = this.host.context(
      this.dataType,
      entry.field,
      (dataType, path) => reads.push([dataType, path, this.host.read(dataType, path)]),
      () => {
        entry.opaque = true;
      },
    );
    const issues: FieldIssue[] = [];
    entry.rules.forEach((rule, index) => {
      this.host.counted();
      const fires = evaluateExpression(rule.condition, context, { expected: 'boolean', defaultValue: false }).value;
      if (fires !== true) return;
      const message = evaluateExpression(rule.message, context, { expected: 'string', defaultValue: '' }).value;
      issues.push({
        key: `expression|${this.dataType}|${entry.field}|${entry.pattern}|${index}`,
        severity: rule.severity,
        source: 'expression',
        category: rule.showImmediately ? 0 : ValidationMask.Expression,
        textKey: typeof message === 'string' && message !== '' ? message : 'validation_errors.pattern',
        params: [],
        dataType: this.dataType,
        field: entry.field,
      });
    });
    entry.reads = reads;
    for (const [dataType, path] of reads) this.readers.add(dataType, path, entry);
    if (entry.opaque) this.opaque.add(entry);
    for (const field of this.store.setField(sourceOf(entry.pattern), this.dataType, entry.field, issues))
      changed.add(field);
  }

  private forget(entry: Entry): void {
    for (const [dataType, path] of entry.reads) this.readers.remove(dataType, path, entry);
    entry.reads = [];
    this.opaque.delete(entry);
    entry.opaque = false;
  }
}

/** What expansion saw at a path on the way to the field: an array's length, an object, or nothing. */
interface Shape {
  readonly path: string;
  readonly segments: readonly PathSegment[];
  readonly seen: number;
}

function shapeOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return value !== null && typeof value === 'object' ? -1 : -2;
}

const keyOf = (pattern: string, field: string): string => `${pattern}\u0000${field}`;
const sourceOf = (pattern: string): string => `expression|${pattern}`;

/**
 * Every concrete path of a pattern written without indexes: each array met on the way is
 * expanded over its rows (`rows.amount` → `rows[0].amount`, `rows[1].amount`). Indexes written in
 * the pattern are kept. A path through a missing array has no rows, so it yields nothing.
 */
export function concretePaths(pattern: readonly PathSegment[], read: (path: string) => unknown): string[] {
  let prefixes: PathSegment[][] = [[]];
  for (let i = 0; i < pattern.length; i++) {
    const segment = pattern[i];
    const next: PathSegment[][] = [];
    for (const prefix of prefixes) {
      const path = [...prefix, segment];
      if (typeof segment === 'number' || typeof pattern[i + 1] === 'number' || i === pattern.length - 1) {
        next.push(path);
        continue;
      }
      const formatted = formatPath(path);
      const value = read(formatted);
      if (Array.isArray(value)) {
        for (let row = 0; row < value.length; row++) next.push([...path, row]);
      } else {
        next.push(path);
      }
    }
    prefixes = next;
  }
  return prefixes.map((segments) => formatPath(segments));
}
