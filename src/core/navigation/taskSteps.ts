import type { TaskNavigationEntry } from '../app/navigationSettings.ts';

/** Task types with a built-in name (`taskTypes.<type>` in the built-in texts). */
const NAMED_TYPES = new Set(['data', 'confirmation', 'signing', 'payment', 'feedback']);

export type TaskStepState = 'completed' | 'current' | 'upcoming';

/** One step of the process as the task navigation shows it. */
export interface TaskStep {
  /** The task id, or `receipt`. */
  readonly key: string;
  readonly kind: 'task' | 'receipt';
  readonly taskId?: string;
  /** The process task type (`data`, `confirmation`, `signing`, `payment`…), when known. */
  readonly taskType?: string;
  /** Text key (or text) of the name: the entry's `name`, else the built-in name of its task type. */
  readonly name: string;
  readonly state: TaskStepState;
}

export interface TaskStepsInput {
  /** Settings' `taskNavigation`. */
  readonly entries: readonly TaskNavigationEntry[];
  /** The process tasks in process order, with their types. */
  readonly tasks: readonly { readonly id: string; readonly type?: string }[];
  /** The task the process is in; undefined once it has ended. */
  readonly current?: string;
  readonly ended: boolean;
}

export interface TaskSteps {
  readonly steps: readonly TaskStep[];
  /** Where the current step is among the steps (1-based); undefined when none is current. */
  readonly step?: { readonly number: number; readonly total: number };
}

/**
 * The steps of `taskNavigation` with where the process is: entries before the current task are
 * completed, those after it upcoming. When the current task is not listed, the process order
 * decides; once the process has ended every task is completed and the receipt is current.
 */
export function taskSteps({ entries, tasks, current, ended }: TaskStepsInput): TaskSteps {
  const typeOf = new Map(tasks.map((task) => [task.id, task.type]));
  const processIndex = new Map(tasks.map((task, index) => [task.id, index]));
  const listedCurrent = ended ? -1 : entries.findIndex((entry) => entry.kind === 'task' && entry.taskId === current);
  const currentIndex = current === undefined ? undefined : processIndex.get(current);
  const stateOf = (entry: TaskNavigationEntry, index: number): TaskStepState => {
    if (entry.kind === 'receipt') return ended ? 'current' : 'upcoming';
    if (ended) return 'completed';
    if (listedCurrent >= 0)
      return index < listedCurrent ? 'completed' : index === listedCurrent ? 'current' : 'upcoming';
    const position = processIndex.get(entry.taskId);
    return position !== undefined && currentIndex !== undefined && position < currentIndex ? 'completed' : 'upcoming';
  };
  const steps = entries.map((entry, index): TaskStep => {
    const state = stateOf(entry, index);
    if (entry.kind === 'receipt')
      return { key: 'receipt', kind: 'receipt', name: entry.name ?? 'taskTypes.receipt', state };
    const taskType = typeOf.get(entry.taskId);
    return {
      key: entry.taskId,
      kind: 'task',
      taskId: entry.taskId,
      ...(taskType && { taskType }),
      name: entry.name ?? (taskType && NAMED_TYPES.has(taskType) ? `taskTypes.${taskType}` : entry.taskId),
      state,
    };
  });
  const index = steps.findIndex((step) => step.state === 'current');
  return { steps, ...(index >= 0 && { step: { number: index + 1, total: steps.length } }) };
}
