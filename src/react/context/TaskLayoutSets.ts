import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { LoadedLayoutSet } from '../../core/app/types.ts';

/**
 * The layout set of another process task, with its data, for Summary2 components whose target
 * names that task (`target.taskId`). A standalone form has no instance to read other tasks from,
 * so the embedding app passes them to `SkjemaForm` (`taskLayoutSets`).
 */
export interface TaskLayoutSet {
  /** As `loadLayoutSet` returns it; matched by its `tasks` (or, failing that, its id). */
  layoutSet: LoadedLayoutSet;
  /** Content of the set's default data model; default: the current form's model of that data type, if any. */
  initialData?: unknown;
  /** Other data models of the set, keyed by data type. */
  dataModels?: Readonly<Record<string, unknown>>;
}

const TaskLayoutSetsContext = createContext<readonly TaskLayoutSet[]>([]);

export function TaskLayoutSetsProvider({ value, children }: { value: readonly TaskLayoutSet[]; children?: ReactNode }) {
  return createElement(TaskLayoutSetsContext.Provider, { value }, children);
}

export function useTaskLayoutSets(): readonly TaskLayoutSet[] {
  return useContext(TaskLayoutSetsContext);
}

/** Whether a layout set belongs to a process task. */
export function servesTask(layoutSet: LoadedLayoutSet, taskId: string): boolean {
  return layoutSet.tasks ? layoutSet.tasks.includes(taskId) : layoutSet.id === taskId;
}
