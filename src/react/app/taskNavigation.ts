import { readTaskNavigation, type TaskNavigationEntry } from '../../core/app/navigationSettings.ts';
import { taskSteps, type TaskStep } from '../../core/navigation/index.ts';
import type { AppProcessState, LayoutSets } from '../../wire/index.ts';

/**
 * The app-wide `taskNavigation` (layout-sets.json `uiSettings`), for pages outside any task's form.
 * Given the process, an app without one gets every task a user works in, and the receipt.
 */
export function appTaskNavigation(
  layoutSets: LayoutSets | undefined,
  everyTaskOf?: AppProcessState,
): TaskNavigationEntry[] {
  const uiSettings = layoutSets?.uiSettings as { taskNavigation?: unknown } | undefined;
  const entries = readTaskNavigation(uiSettings?.taskNavigation, undefined).entries;
  if (entries.length > 0 || !everyTaskOf) return entries;
  const tasks = (everyTaskOf.processTasks ?? []).filter((task) => task.elementType !== 'ServiceTask');
  if (tasks.length < 2) return [];
  return [...tasks.map((task) => ({ kind: 'task' as const, taskId: task.elementId })), { kind: 'receipt' as const }];
}

/** The steps of `entries` with where the instance's process is. */
export function processTaskSteps(entries: readonly TaskNavigationEntry[], process: AppProcessState): TaskStep[] {
  return [
    ...taskSteps({
      entries,
      tasks: (process.processTasks ?? []).map((task) => ({ id: task.elementId, type: task.altinnTaskType })),
      current: process.currentTask?.elementId,
      ended: !!process.ended,
    }).steps,
  ];
}

/** The layout set that shows a task, by the sets' `tasks`. */
export function layoutSetOfTask(layoutSets: LayoutSets | undefined, taskId: string): string | undefined {
  return layoutSets?.sets.find((set) => set.tasks?.includes(taskId))?.id;
}
