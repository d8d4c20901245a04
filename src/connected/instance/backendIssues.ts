import type { ValidationIssueWithSource, ValidationSourcePair } from '../../wire/index.ts';

/**
 * The backend's validation issues, kept by validator source. A PATCH answer names the sources that
 * ran, each with all its current issues (an empty list clears that source); a full validation
 * (`validate`, a blocked process next) replaces everything.
 */
export class BackendIssues {
  private bySource = new Map<string, ValidationIssueWithSource[]>();

  get all(): ValidationIssueWithSource[] {
    return [...this.bySource.values()].flat();
  }

  get sources(): ReadonlyMap<string, readonly ValidationIssueWithSource[]> {
    return this.bySource;
  }

  /** Replaces the named sources; returns whether anything changed. */
  replaceSources(pairs: readonly ValidationSourcePair[]): boolean {
    let changed = false;
    for (const { source, issues } of pairs) {
      const before = this.bySource.get(source) ?? [];
      if (before.length === 0 && issues.length === 0) continue;
      changed = changed || JSON.stringify(before) !== JSON.stringify(issues);
      if (issues.length === 0) this.bySource.delete(source);
      else this.bySource.set(source, [...issues]);
    }
    return changed;
  }

  /** Replaces everything with the result of a full validation; returns whether anything changed. */
  replaceAll(issues: readonly ValidationIssueWithSource[]): boolean {
    const next = new Map<string, ValidationIssueWithSource[]>();
    for (const issue of issues) {
      const group = next.get(issue.source) ?? [];
      group.push(issue);
      next.set(issue.source, group);
    }
    const changed = JSON.stringify([...this.bySource]) !== JSON.stringify([...next]);
    this.bySource = next;
    return changed;
  }
}
