import type { ValidationIssueWithSource, ValidationSourcePair } from '../../wire/validation.ts';
import { dataTypeById } from '../app/previewApp.ts';
import type { WorkingCopy } from '../instances/workingCopy.ts';
import type { ServerContext } from '../serverContext.ts';
import { validateTask } from './taskValidation.ts';

/** The instance's form data by element id, as validation reads it. */
export function formModels(context: ServerContext, work: WorkingCopy): Map<string, unknown> {
  return new Map(
    work.data
      .filter((element) => dataTypeById(context.app(), element.dataType)?.isFormData)
      .map((element) => [element.id, work.model(element.id) as unknown]),
  );
}

/** Incremental validation of the current task, grouped by the sources that ran (an empty group clears that source). */
export function incrementalValidation(
  context: ServerContext,
  work: WorkingCopy,
  lang: string,
  ignored: string[],
): ValidationSourcePair[] {
  const taskId = work.instance.process?.currentTask?.elementId;
  if (!taskId) return [];
  const models = formModels(context, work);
  const { ran, issues } = validateTask({
    app: context.app(),
    taskId,
    elements: work.data,
    models,
    language: lang,
    incremental: true,
    task: false,
    ignored,
  });
  return ran.map((source) => ({
    source,
    issues: issues.filter((issue: ValidationIssueWithSource) => issue.source === source),
  }));
}
