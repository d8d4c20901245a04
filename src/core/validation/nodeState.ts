import type { LayoutNode } from '../tree/types.ts';
import type { FieldIssue } from './fieldIssue.ts';
import { sameIssue } from './fieldIssueStore.ts';
import { isVisibleUnder } from './masks.ts';
import type { Issue, NodeIssue, Severity } from './types.ts';

/** What the validator keeps per component: its own issues, the collected list and its visibility. */
export interface NodeState {
  /** The id the state is registered under; a node's own id changes when its row moves. */
  id: string;
  node: LayoutNode;
  /**
   * The node's bindings as registered, to notice a row move that re-pointed them. A node gets a
   * new bindings object when it is placed anew and never changes one, so this one stays as it was.
   */
  bindings: LayoutNode['bindings'];
  /** `showValidations`, or `AllExceptRequired`. */
  initialMask: number;
  /** Bits raised by navigation, row save or submit; a bit drops once its category has no issue left. */
  raised: number;
  /** Hidden or `renderAsSummary`: not validated, shows nothing, blocks nothing. */
  skipped: boolean;
  /** Required and component-rule issues. */
  own: readonly NodeIssue[];
  all: readonly NodeIssue[];
  visible: readonly NodeIssue[];
}

const NONE: readonly NodeIssue[] = Object.freeze([]);

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, success: 3 };

export function bindingsSignature(bindings: LayoutNode['bindings']): string {
  return JSON.stringify(bindings);
}

/** The node's issues: its own plus the field issues of each of its bindings, errors first. */
export function collectIssues(
  state: NodeState,
  fieldIssuesAt: (dataType: string, field: string) => readonly FieldIssue[],
): readonly NodeIssue[] {
  if (state.skipped) return NONE;
  const { node } = state;
  let out: NodeIssue[] | undefined;
  if (state.own.length > 0) out = [...state.own];
  const maxLength = node.component.maxLength;
  const { bindings } = node;
  // A plain loop: most of 50,000 row fields have no issue, and this runs for each at mount.
  for (const bindingKey in bindings) {
    const binding = bindings[bindingKey];
    const issues = fieldIssuesAt(binding.dataType, binding.field);
    if (issues.length === 0) continue;
    out ??= [];
    for (const issue of issues) {
      // The component's own counter already says this (§4.5).
      if (
        issue.source === 'schema' &&
        issue.textKey === 'validation_errors.maxLength' &&
        issue.params[0] === String(maxLength)
      )
        continue;
      // Two components may share a field: the node id keeps keys unique across the form.
      out.push({
        ...issue,
        key: `${node.id}|${issue.key}`,
        nodeId: node.id,
        baseId: node.baseId,
        page: node.page,
        bindingKey,
      });
    }
  }
  // Most components of a big form have no issues; sharing one empty list spares the garbage collector.
  if (!out || out.length === 0) return NONE;
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function categoriesOf(issues: readonly Issue[]): number {
  let mask = 0;
  for (const issue of issues) mask |= issue.category;
  return mask;
}

export function visibleOf(state: NodeState, issues: readonly NodeIssue[]): readonly NodeIssue[] {
  if (issues.length === 0) return NONE;
  const mask = state.initialMask | state.raised;
  return issues.filter((issue) => isVisibleUnder(issue.category, mask));
}

export function sameNodeIssues(a: readonly NodeIssue[], b: readonly NodeIssue[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (issue, i) => issue.nodeId === b[i].nodeId && issue.bindingKey === b[i].bindingKey && sameIssue(issue, b[i]),
    )
  );
}
