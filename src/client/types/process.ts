/** `ProcessAction`s move the process (confirm, sign, reject); `ServerAction`s run app code. */
export type UserActionType = 'ProcessAction' | 'ServerAction';

export interface UserAction {
  id: string;
  authorized: boolean;
  type: UserActionType;
}

/** The task the instance is in, with what the current user may do there. */
export interface ProcessTask {
  elementId: string;
  /** `data`, `confirmation`, `feedback`, `signing`, `payment`, ... Open-ended because apps add new task types. */
  altinnTaskType: string;
  name?: string | null;
  flow?: number | null;
  started?: string | null;
  ended?: string | null;
  flowType?: string | null;
  /** `Task` or `ServiceTask`. */
  elementType?: string | null;
  /** Process actions only, e.g. `{ read: true, write: true, confirm: false }`. */
  actions?: Record<string, boolean> | null;
  userActions?: UserAction[] | null;
  read?: boolean;
  write?: boolean;
}

export interface ProcessTaskInfo {
  elementId: string;
  altinnTaskType: string;
  elementType?: string | null;
}

/**
 * The process of an instance as `GET …/process` and process next return it. When the process has
 * ended, `currentTask` is null and `ended` and `endEvent` are set.
 */
export interface ProcessState {
  started?: string | null;
  startEvent?: string | null;
  currentTask?: ProcessTask | null;
  processTasks?: ProcessTaskInfo[] | null;
  ended?: string | null;
  endEvent?: string | null;
}
