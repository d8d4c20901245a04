import type { LoadedLayoutSet } from '../../core/app/types.ts';
import { createFormEngine } from '../../core/form/formEngine.ts';
import { createFormValidator } from '../../core/validation/formValidator.ts';
import type { DataElement } from '../../wire/dataElement.ts';
import type { InboxProgress } from '../../wire/inbox.ts';
import { layoutSetForTask, type PreviewApp } from '../app/previewApp.ts';
import { validateTask } from '../validation/taskValidation.ts';

export interface ProgressInput {
  readonly app: PreviewApp;
  readonly taskId: string;
  readonly elements: readonly DataElement[];
  /** Form data by element id. */
  readonly models: ReadonlyMap<string, unknown>;
}

/**
 * What remains of a form task, from the server's side: the pages the form shows now, how many of
 * them have no error, and the errors a submit would meet (the form's, as the browser validates on
 * submit, and the task validator's data element counts). Undefined when the task shows no form.
 * Which pages a user has visited lives only in their browser, so it is not counted.
 */
export function taskProgress(input: ProgressInput): InboxProgress | undefined {
  const layoutSet = layoutSetForTask(input.app, input.taskId);
  if (!layoutSet) return undefined;
  const main = input.elements.find((element) => element.dataType === layoutSet.dataType);
  if (!main) return undefined;
  const form = formErrors(layoutSet, main, input);
  const { issues: countIssues } = validateTask({
    app: input.app,
    taskId: input.taskId,
    elements: input.elements,
    models: input.models,
    language: 'nb',
    incremental: false,
    task: true,
  });
  const pagesWithErrors = new Set(form.errorPages);
  return {
    pages: form.pages.length,
    pagesWithoutErrors: form.pages.filter((page) => !pagesWithErrors.has(page)).length,
    errors: form.errors + countIssues.filter((issue) => issue.severity === 1).length,
  };
}

function formErrors(
  layoutSet: LoadedLayoutSet,
  main: DataElement,
  input: ProgressInput,
): { pages: string[]; errorPages: string[]; errors: number } {
  const dataModels: Record<string, unknown> = {};
  for (const element of input.elements) {
    if (element.dataType !== layoutSet.dataType && input.models.has(element.id) && !(element.dataType in dataModels))
      dataModels[element.dataType] = input.models.get(element.id);
  }
  const engine = createFormEngine({ layoutSet, initialData: input.models.get(main.id) ?? {}, dataModels });
  const validator = createFormValidator(engine, {
    attachmentsCount: (node) => input.elements.filter((element) => element.dataType === node.baseId).length,
  });
  try {
    validator.validateAll();
    const errors = validator.visibleIssues().filter((issue) => issue.severity === 'error');
    const taskErrors = validator.taskIssues().filter((issue) => issue.severity === 'error');
    return {
      pages: engine.navigablePages(),
      errorPages: errors.map((issue) => issue.page),
      errors: errors.length + taskErrors.length,
    };
  } finally {
    validator.dispose();
    engine.dispose();
  }
}

/**
 * Progress by instance, remembered while neither the instance nor the app changes: a page of the
 * inbox then validates only what changed since it was last shown.
 */
export class ProgressCache {
  private app: PreviewApp | undefined;
  private readonly entries = new Map<string, { lastChanged: string; progress: InboxProgress | null }>();
  private static readonly LIMIT = 5_000;

  get(
    app: PreviewApp,
    instanceId: string,
    lastChanged: string,
    compute: () => InboxProgress | null,
  ): InboxProgress | null {
    if (app !== this.app) {
      this.entries.clear();
      this.app = app;
    }
    const cached = this.entries.get(instanceId);
    if (cached && cached.lastChanged === lastChanged) return cached.progress;
    const progress = compute();
    if (this.entries.size >= ProgressCache.LIMIT) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(instanceId, { lastChanged, progress });
    return progress;
  }
}
