import type { LoadedLayoutSet } from '../../core/app/types.ts';
import type { ResolvedIssue, Severity, ValidationSource } from '../../core/validation/types.ts';
import type { Issue } from '../../core/validation/types.ts';
import { validateForm } from '../../core/validation/validateForm.ts';
import type { DataElement } from '../../wire/dataElement.ts';
import type { ValidationIssueSeverity, ValidationIssueWithSource } from '../../wire/validation.ts';
import { setShowsTask, type PreviewApp } from '../app/previewApp.ts';
import { DATA_ELEMENT_VALIDATOR_SOURCE, fileScanIssues } from '../scan/scanValidation.ts';

/** The backend validator names the core's findings are reported under, as the reference names its own. */
const SOURCE_NAMES: Record<ValidationSource, string> = {
  required: 'Required',
  expression: 'Expression',
  schema: 'DataAnnotations',
  invalidData: 'DataAnnotations',
  component: 'Component',
  custom: 'Custom',
  backend: 'Backend',
};

/** Sources that run after every save (incremental); the task validator runs only on validate and process next. */
export const INCREMENTAL_SOURCES = ['Required', 'Expression', 'DataAnnotations', 'Component'] as const;
export const TASK_VALIDATOR_SOURCE = 'Altinn.App.Core.Features.Validation.Default.DefaultTaskValidator-*';

const SEVERITIES: Record<Severity, ValidationIssueSeverity> = { error: 1, warning: 2, info: 3, success: 5 };

export interface TaskValidationInput {
  readonly app: PreviewApp;
  readonly taskId: string;
  readonly elements: readonly DataElement[];
  /** Form data by data element id. */
  readonly models: ReadonlyMap<string, unknown>;
  readonly language: string;
  /** Run the incremental validators (the core's form validation). */
  readonly incremental: boolean;
  /** Run the non-incremental task validator (data element counts). */
  readonly task: boolean;
  /** Sources to skip, compared case-insensitively. */
  readonly ignored?: readonly string[];
}

/**
 * Validates a task's data as the browser does, with the core's `validateForm` on the task's
 * layout set, and reports the issues in the app API's shape. The task validator checks the
 * `minCount`/`maxCount` of the task's data types as the reference's default task validator does.
 */
export function validateTask(input: TaskValidationInput): { ran: string[]; issues: ValidationIssueWithSource[] } {
  const ignored = new Set((input.ignored ?? []).map((source) => source.toLowerCase()));
  const ran: string[] = [];
  const issues: ValidationIssueWithSource[] = [];
  if (input.incremental) {
    const running = INCREMENTAL_SOURCES.filter((source) => !ignored.has(source.toLowerCase()));
    ran.push(...running);
    const layoutSets = running.length > 0 ? layoutSetsOfTask(input.app, input.taskId) : [];
    for (const layoutSet of layoutSets) {
      for (const issue of formIssues(input, layoutSet)) if (running.includes(issue.source as never)) issues.push(issue);
    }
  }
  if (input.task && !ignored.has(TASK_VALIDATOR_SOURCE.toLowerCase())) {
    ran.push(TASK_VALIDATOR_SOURCE);
    issues.push(...countIssues(input));
  }
  if (input.task && !ignored.has(DATA_ELEMENT_VALIDATOR_SOURCE.toLowerCase())) {
    ran.push(DATA_ELEMENT_VALIDATOR_SOURCE);
    issues.push(...fileScanIssues(input.app.dataTypes, input.taskId, input.elements));
  }
  return { ran, issues };
}

function layoutSetsOfTask(app: PreviewApp, taskId: string): LoadedLayoutSet[] {
  return app.layoutSetEntries
    .filter((entry) => setShowsTask(entry, taskId) && entry.type !== 'subform')
    .map((entry) => app.layoutSets.get(entry.id))
    .filter((set): set is LoadedLayoutSet => set !== undefined);
}

function formIssues(input: TaskValidationInput, layoutSet: LoadedLayoutSet): ValidationIssueWithSource[] {
  const elementOfType = (dataType: string) => input.elements.find((element) => element.dataType === dataType);
  const main = elementOfType(layoutSet.dataType);
  if (!main) return [];
  const dataModels: Record<string, unknown> = {};
  for (const element of input.elements) {
    if (element.dataType !== layoutSet.dataType && input.models.has(element.id) && !(element.dataType in dataModels)) {
      dataModels[element.dataType] = input.models.get(element.id);
    }
  }
  const result = validateForm(layoutSet, input.models.get(main.id) ?? {}, {
    language: input.language,
    dataModels,
    attachmentsCount: (node) => input.elements.filter((element) => element.dataType === node.baseId).length,
  });
  const toWire = (issue: Issue & { message: string }): ValidationIssueWithSource => ({
    severity: SEVERITIES[issue.severity],
    source: issue.backendSource ?? SOURCE_NAMES[issue.source],
    dataElementId: (elementOfType(issue.dataType ?? layoutSet.dataType) ?? main).id,
    field: issue.field ?? null,
    code: issue.textKey,
    description: issue.message,
    customTextKey: null,
  });
  return [...result.issues.map((issue: ResolvedIssue) => toWire(issue)), ...result.taskIssues.map(toWire)];
}

function countIssues(input: TaskValidationInput): ValidationIssueWithSource[] {
  const issues: ValidationIssueWithSource[] = [];
  for (const type of input.app.dataTypes) {
    if (type.taskId !== input.taskId) continue;
    const count = input.elements.filter((element) => element.dataType === type.id).length;
    const problem =
      type.maxCount > 0 && count > type.maxCount
        ? {
            code: 'TooManyDataElementsOfType',
            description: `At most ${type.maxCount} of "${type.id}" allowed; there are ${count}.`,
          }
        : count < type.minCount
          ? {
              code: 'TooFewDataElementsOfType',
              description: `At least ${type.minCount} of "${type.id}" needed; there are ${count}.`,
            }
          : undefined;
    if (problem) {
      issues.push({
        severity: 1,
        source: TASK_VALIDATOR_SOURCE,
        field: type.id,
        code: problem.code,
        description: problem.description,
        customTextKey: null,
        noIncrementalUpdates: true,
      });
    }
  }
  return issues;
}
