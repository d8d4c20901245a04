import type { ComponentTypes } from '../components/registry.ts';
import { isExpression } from '../expressions/index.ts';
import type { NormalizedComponent } from '../layout/types.ts';
import type { LayoutNode } from '../tree/types.ts';
import type { FieldIssue } from './fieldIssue.ts';
import type { NodeIssue } from './types.ts';

/**
 * Issue 14: when a row is deleted (or rows are sorted), the later rows keep their data objects
 * and their node objects; only their index changes. Their issues move with them, re-keyed to the
 * new index, instead of every later row being checked again.
 */

/** For each item of `after`, the index the same item (by identity) had in `before`; -1 for a new one. */
export function previousIndices(before: readonly unknown[], after: readonly unknown[]): number[] {
  // A row added or deleted leaves the items before it in place and those after it in order: only
  // the items between the common start and the common end are looked up.
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (start < shortest && before[start] === after[start]) start++;
  let end = 0;
  while (end < shortest - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const previous = new Array<number>(after.length);
  for (let index = 0; index < start; index++) previous[index] = index;
  const shift = before.length - after.length;
  for (let index = after.length - end; index < after.length; index++) previous[index] = index + shift;
  const indicesOf = new Map<unknown, number[]>();
  for (let index = before.length - 1 - end; index >= start; index--) {
    const list = indicesOf.get(before[index]);
    if (list) list.push(index);
    else indicesOf.set(before[index], [index]);
  }
  // Primitive rows may repeat: each earlier occurrence pairs with the next one, in order.
  for (let index = start; index < after.length - end; index++)
    previous[index] = indicesOf.get(after[index])?.pop() ?? -1;
  return previous;
}

/** The row of the array at `arrayPath` that `field` lies in; undefined when it lies in no row (on the array itself). */
export function rowOfField(field: string, arrayPath: string): number | undefined {
  const rest = field.slice(arrayPath.length);
  const match = /^\[(\d+)\]/.exec(rest);
  return match && field.startsWith(arrayPath) ? Number(match[1]) : undefined;
}

export function movedFieldIssue(issue: FieldIssue, arrayPath: string, from: number, to: number): FieldIssue {
  const oldField = issue.field;
  const field = `${arrayPath}[${to}]${oldField.slice(`${arrayPath}[${from}]`.length)}`;
  // Field issue keys carry the field (`schema|model|rows[3].amount|type`).
  const key = issue.key.split(`|${oldField}|`).join(`|${field}|`);
  return { ...issue, field, key };
}

/** A node's own issue (required, component rule, custom) after the node moved from `fromId` to its present place. */
export function movedNodeIssue(issue: NodeIssue, fromId: string, node: LayoutNode): NodeIssue {
  const binding = issue.bindingKey ? node.bindings[issue.bindingKey] : undefined;
  return {
    ...issue,
    key: issue.key.split(`|${fromId}|`).join(`|${node.id}|`),
    nodeId: node.id,
    ...(binding && issue.field !== undefined ? { field: binding.field } : {}),
  };
}

const EXPRESSION_FREE = new WeakMap<object, boolean>();

function hasExpression(value: unknown, depth = 0): boolean {
  if (isExpression(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  // Deeper than any layout property nests: counted as an expression, so the node is checked again.
  if (depth > 16) return true;
  const values: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return values.some((inner) => hasExpression(inner, depth + 1));
}

function expressionFree(component: NormalizedComponent): boolean {
  let free = EXPRESSION_FREE.get(component);
  if (free === undefined) EXPRESSION_FREE.set(component, (free = !hasExpression(component)));
  return free;
}

/**
 * Whether a moved node's issues stay what they were: nothing it or the groups around it decide
 * with may read the row's index or data outside the row. Expressions (`required`, `hidden`,
 * `hiddenRow`, texts) might, data held outside the model (attachments, subform entries) is keyed
 * by node id, a type's own row filter (Likert) goes by index, and a host's validator may read
 * anything; such nodes are checked again.
 */
export function keepsIssuesWhenMoved(
  node: LayoutNode,
  types: ComponentTypes,
  hasCustomValidator: (node: LayoutNode) => boolean,
): boolean {
  if (hasCustomValidator(node) || types.get(node.type)?.outsideData !== undefined) return false;
  for (let current: LayoutNode | undefined = node; current; current = current.parent) {
    if (!expressionFree(current.component)) return false;
    if (current.rows && types.get(current.type)?.rowHidden) return false;
  }
  return true;
}
