import { readTaskNavigation, type TaskNavigationEntry } from '../../core/app/navigationSettings.ts';
import { taskSteps, type TaskStep } from '../../core/navigation/index.ts';
import type { AppProcessState, LayoutSets } from '../../wire/index.ts';

/** The app-wide `taskNavigation` (layout-sets.json `uiSettings`), for pages outside any task's form. */
export function appTaskNavigation(layoutSets: LayoutSets | undefined): TaskNavigationEntry[] {
  const uiSettings = layoutSets?.uiSettings as { taskNavigation?: unknown } | undefined;
  return readTaskNavigation(uiSettings?.taskNavigation, undefined).entries;
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
