import type { AppProcessState } from '../../wire/index.ts';

/**
 * What the app shows for the process as it stands:
 * - `receipt` once the process has ended (or has no current task);
 * - `form` for a task with a layout set (data tasks, and signing, payment or confirmation tasks
 *   the app gave pages of their own), `readOnly` when the user lacks `write`;
 * - `confirmation` for a confirmation task without pages: the built-in review-and-submit page;
 * - `feedback` while the service owner's system works on the instance;
 * - `unsupported` for anything else (a service task, a task type without pages).
 */
export type TaskView =
  | { kind: 'receipt' }
  | { kind: 'form'; taskId: string; layoutSetId: string; readOnly: boolean }
  | { kind: 'confirmation'; taskId: string; canConfirm: boolean }
  | { kind: 'feedback'; taskId: string }
  | { kind: 'unsupported'; taskId: string; name: string };

export function taskViewOf(process: AppProcessState, layoutSetId: string | undefined): TaskView {
  const task = process.currentTask;
  if (process.ended || !task) return { kind: 'receipt' };
  const taskId = task.elementId;
  if (task.altinnTaskType === 'feedback') return { kind: 'feedback', taskId };
  if (layoutSetId) return { kind: 'form', taskId, layoutSetId, readOnly: !canWrite(process) };
  if (task.altinnTaskType === 'confirmation')
    return { kind: 'confirmation', taskId, canConfirm: mayDo(process, 'confirm') };
  return { kind: 'unsupported', taskId, name: task.name || taskId };
}

/** Whether the current task lets the user write (`write` on the task, or in its `actions`). */
export function canWrite(process: AppProcessState): boolean {
  const task = process.currentTask;
  return task?.write ?? task?.actions?.write ?? false;
}

/**
 * Whether the user is authorised for an action of the current task. `userActions` is the answer
 * when the backend sends it; older backends only fill `actions`.
 */
export function mayDo(process: AppProcessState, action: string): boolean {
  const task = process.currentTask;
  if (!task) return false;
  const userAction = task.userActions?.find((candidate) => candidate.id === action);
  if (userAction) return userAction.authorized;
  return task.actions?.[action] ?? false;
}

/**
 * Whether the user may move the current task on (submit it): the action the backend asks for the
 * task's type on `process/next` (platform §4.5) — `confirm` in a confirmation task, `sign` or
 * `write` in signing, `pay` or `write` in payment, `write` otherwise.
 */
export function mayMoveOn(process: AppProcessState): boolean {
  const task = process.currentTask;
  if (!task) return false;
  switch (task.altinnTaskType) {
    case 'confirmation':
      return mayDo(process, 'confirm');
    case 'signing':
      return mayDo(process, 'sign') || canWrite(process);
    case 'payment':
      return mayDo(process, 'pay') || canWrite(process);
    default:
      return canWrite(process);
  }
}

/** Data tasks before `taskId` in the process, for the confirmation page's summary. */
export function dataTasksBefore(process: AppProcessState, taskId: string): string[] {
  const tasks = process.processTasks ?? [];
  const index = tasks.findIndex((task) => task.elementId === taskId);
  const before = index < 0 ? tasks : tasks.slice(0, index);
  return before.filter((task) => task.altinnTaskType === 'data').map((task) => task.elementId);
}
