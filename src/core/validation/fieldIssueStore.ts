import { isPathWithin } from '../data/path.ts';
import type { FieldIssue } from './fieldIssue.ts';
import type { Issue } from './types.ts';

const NONE: readonly FieldIssue[] = Object.freeze([]);

export const fieldKey = (dataType: string, field: string): string => `${dataType}\u0000${field}`;

/**
 * Field issues of every source, grouped by field and then by source (`schema`, `expression`,
 * `backend:<validator>`…), so one source can be replaced without touching the others.
 * Every replacement returns the fields whose issues changed: only their components re-collect.
 */
export class FieldIssueStore {
  private readonly byField = new Map<string, Map<string, readonly FieldIssue[]>>();
  private readonly fieldsOfSource = new Map<string, Set<string>>();

  at(dataType: string, field: string): readonly FieldIssue[] {
    // A form without field issues (most at mount) asks once per bound field: no key to build.
    if (this.byField.size === 0) return NONE;
    const sources = this.byField.get(fieldKey(dataType, field));
    if (!sources) return NONE;
    const out: FieldIssue[] = [];
    for (const issues of sources.values()) out.push(...issues);
    return out;
  }

  /** Every field issue, for reporting the ones no component shows. */
  all(): FieldIssue[] {
    const out: FieldIssue[] = [];
    for (const sources of this.byField.values()) for (const issues of sources.values()) out.push(...issues);
    return out;
  }

  /** The issues of `source` at and below `path` of one data type. */
  within(source: string, dataType: string, path: string): FieldIssue[] {
    const out: FieldIssue[] = [];
    for (const key of this.fieldsOfSource.get(source) ?? []) {
      const issues = this.byField.get(key)?.get(source);
      if (issues && issues[0].dataType === dataType && isPathWithin(issues[0].field, path)) out.push(...issues);
    }
    return out;
  }

  /** Replaces the issues of `source` on the fields that `owns` selects. */
  replace(
    source: string,
    owns: (dataType: string, field: string) => boolean,
    issues: readonly FieldIssue[],
  ): Set<string> {
    const changed = new Set<string>();
    const fields = this.fieldsOfSource.get(source) ?? new Set<string>();
    const next = new Map<string, FieldIssue[]>();
    for (const issue of issues) {
      const key = fieldKey(issue.dataType, issue.field);
      let list = next.get(key);
      if (!list) next.set(key, (list = []));
      list.push(issue);
    }
    for (const key of [...fields]) {
      const [dataType, field] = key.split('\u0000');
      if (!owns(dataType, field) || next.has(key)) continue;
      this.setAt(source, key, undefined);
      fields.delete(key);
      changed.add(key);
    }
    for (const [key, list] of next) {
      const previous = this.byField.get(key)?.get(source);
      if (!previous || !sameIssues(previous, list)) {
        this.setAt(source, key, list);
        changed.add(key);
      }
      fields.add(key);
    }
    this.fieldsOfSource.set(source, fields);
    return changed;
  }

  /** Replaces the issues of `source` on one field; cheap, for sources that work field by field. */
  setField(source: string, dataType: string, field: string, issues: readonly FieldIssue[]): Set<string> {
    const key = fieldKey(dataType, field);
    const previous = this.byField.get(key)?.get(source) ?? [];
    if (sameIssues(previous, issues)) return new Set();
    let fields = this.fieldsOfSource.get(source);
    if (!fields) this.fieldsOfSource.set(source, (fields = new Set()));
    if (issues.length === 0) fields.delete(key);
    else fields.add(key);
    this.setAt(source, key, issues.length === 0 ? undefined : issues);
    return new Set([key]);
  }

  /** Replaces the issues of `source` at and below `path` of one data type. */
  replaceWithin(source: string, dataType: string, path: string, issues: readonly FieldIssue[]): Set<string> {
    return this.replace(
      source,
      (type, field) => type === dataType && (path === '' || isPathWithin(field, path)),
      issues,
    );
  }

  private setAt(source: string, key: string, issues: readonly FieldIssue[] | undefined): void {
    let sources = this.byField.get(key);
    if (!issues) {
      sources?.delete(source);
      if (sources?.size === 0) this.byField.delete(key);
      return;
    }
    if (!sources) this.byField.set(key, (sources = new Map()));
    sources.set(source, issues);
  }
}

function sameIssues(a: readonly FieldIssue[], b: readonly FieldIssue[]): boolean {
  return a.length === b.length && a.every((issue, i) => sameIssue(issue, b[i]));
}

export function sameIssue(a: Issue | undefined, b: Issue | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.key === b.key &&
    a.severity === b.severity &&
    a.category === b.category &&
    a.field === b.field &&
    a.textKey === b.textKey &&
    a.params.length === b.params.length &&
    a.params.every((param, i) => param === b.params[i]) &&
    JSON.stringify(a.customTextParameters) === JSON.stringify(b.customTextParameters)
  );
}
