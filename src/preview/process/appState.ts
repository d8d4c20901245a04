import type { AppProcessState, ProcessDefinition, ProcessState, UserAction } from './types.ts';

/**
 * `GET process` (app-api §6.1): the stored state plus what the caller may do in the current task.
 * `authorize` is asked once per action: `read`, `write` and every `altinn:action` of the task.
 */
export function appProcessState(
  state: ProcessState,
  definition: ProcessDefinition,
  authorize: (action: string) => boolean,
): AppProcessState {
  const processTasks = definition.tasks.map((task) => ({
    altinnTaskType: task.taskType,
    elementId: task.id,
    elementType: task.elementType,
  }));
  const base = {
    started: state.started,
    startEvent: state.startEvent,
    processTasks,
    ended: state.ended,
    endEvent: state.endEvent,
  };
  const current = state.currentTask;
  if (!current) return { ...base, currentTask: null };

  const task = definition.elements.get(current.elementId);
  const taskActions = task?.kind === 'task' ? task.actions : [];
  const decided = new Map<string, boolean>();
  const decide = (action: string): boolean => {
    let permitted = decided.get(action);
    if (permitted === undefined) {
      permitted = authorize(action);
      decided.set(action, permitted);
    }
    return permitted;
  };

  const actions: Record<string, boolean> = { read: decide('read'), write: decide('write') };
  const userActions: UserAction[] = [
    { id: 'read', authorized: actions['read'] === true, type: 'ProcessAction' },
    { id: 'write', authorized: actions['write'] === true, type: 'ProcessAction' },
  ];
  for (const action of taskActions) {
    if (userActions.some((listed) => listed.id === action.id)) continue;
    const authorized = decide(action.id);
    if (action.kind === 'processAction') actions[action.id] = authorized;
    userActions.push({
      id: action.id,
      authorized,
      type: action.kind === 'serverAction' ? 'ServerAction' : 'ProcessAction',
    });
  }
  return {
    ...base,
    currentTask: {
      ...current,
      actions,
      userActions,
      read: actions['read'] === true,
      write: actions['write'] === true,
      elementType: task?.kind === 'task' ? task.elementType : 'Task',
    },
  };
}
