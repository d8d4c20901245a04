import type { FormData } from '../data/formData.ts';
import { isPathWithin } from '../data/path.ts';
import { pathSegments } from '../tree/pathSegments.ts';
import type { LayoutNode } from '../tree/types.ts';
import type { NodeIssue } from './types.ts';

/** The text of a field that cannot be saved because the stored data has another shape on its path. */
export const DATA_CONFLICT_TEXT_KEY = 'validation_errors.data_conflict';

/** Bindings to a list of rows; a container's other bindings under them are per-row templates. */
const ROW_BINDINGS = ['group', 'questions'] as const;

/**
 * A binding whose path runs through stored data of another shape (`event.name` where `event` is a
 * list, any path where the model's root is not an object) can never be written: the data stores
 * refuse rather than destroy what is there. The field says so at once, before the user types in
 * vain. It is a warning, not an error: the user cannot change the data's shape, the field shows
 * what is stored (nothing), and a submit delivers exactly that; a required field still blocks.
 */
export function dataConflictIssues(node: LayoutNode, data: FormData): NodeIssue[] {
  const issues: NodeIssue[] = [];
  const { bindings } = node;
  // Most nodes bind no rows: no list of row paths for each of 50,000 row fields.
  const rowPaths =
    bindings.group || bindings.questions
      ? ROW_BINDINGS.map((key) => bindings[key]?.field).filter((field) => field !== undefined)
      : undefined;
  for (const bindingKey in bindings) {
    const binding = bindings[bindingKey];
    // `answer: qs.answer` beside `questions: qs` names each row's field; the rows' nodes check it.
    if (rowPaths?.some((rows) => binding.field !== rows && isPathWithin(binding.field, rows))) continue;
    // Rows are written below a list binding: what is stored there must be a list (or nothing).
    const rows = (ROW_BINDINGS as readonly string[]).includes(bindingKey);
    // A field's path is parsed once for the whole form (the tree keeps its segments).
    const conflict = data
      .model(binding.dataType)
      .conflictAt(rows ? `${binding.field}[0]` : pathSegments(binding.field));
    if (!conflict) continue;
    issues.push({
      key: `invalidData|${node.id}|${bindingKey}|conflict`,
      nodeId: node.id,
      baseId: node.baseId,
      page: node.page,
      bindingKey,
      severity: 'warning',
      source: 'invalidData',
      // Shown at once: the user must know before typing that nothing here can be saved.
      category: 0,
      textKey: DATA_CONFLICT_TEXT_KEY,
      params: [conflict.field, conflict.expected, conflict.found],
      dataType: binding.dataType,
      field: binding.field,
    });
  }
  return issues;
}
