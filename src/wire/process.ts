import type { UserAction } from './userAction.ts';

/** Obsolete marker of an earlier validation of the task. */
export interface ValidationStatus {
  timestamp?: string | null;
  canCompleteTask?: boolean;
}

/** A process element as storage keeps it (the `process.currentTask` of an instance). */
export interface ProcessElementInfo {
  elementId: string;
  /** `data`, `confirmation`, `feedback`, `signing`, `payment`, ... Open-ended because apps add new task types. */
  altinnTaskType: string;
  name?: string | null;
  flow?: number | null;
  started?: string | null;
  ended?: string | null;
  flowType?: string | null;
  validated?: ValidationStatus | null;
}

/** The process as storage keeps it: what `instance.process` holds. It has no user actions. */
export interface ProcessState {
  started?: string | null;
  startEvent?: string | null;
  currentTask?: ProcessElementInfo | null;
  ended?: string | null;
  endEvent?: string | null;
}

/** The current task with what the current user may do there (`GET process`, process next). */
export interface AppProcessElementInfo extends ProcessElementInfo {
  /** `Task` or `ServiceTask`. */
  elementType?: string | null;
  /** Process actions only, e.g. `{ read: true, write: true, confirm: false }`. */
  actions?: Record<string, boolean> | null;
  /** Every action of the task, process and server actions alike. */
  userActions?: UserAction[] | null;
  read?: boolean;
  write?: boolean;
}

/** One task of the BPMN process. */
export interface AppProcessTaskTypeInfo {
  elementId: string;
  altinnTaskType: string;
  elementType?: string | null;
}

/**
 * The process as `GET …/process` and process next return it. When the process has ended,
 * `currentTask` is null and `ended` and `endEvent` are set.
 */
export interface AppProcessState extends ProcessState {
  currentTask?: AppProcessElementInfo | null;
  processTasks?: AppProcessTaskTypeInfo[] | null;
}

/** Body of `PUT process/next`. */
export interface ProcessNext {
  /** `confirm`, `sign`, `reject`, ...; absent means the task type's default. */
  action?: string | null;
  /** Organisation number of the party the user acts for. */
  actionOnBehalfOf?: string | null;
}

/** One event of the process history (`GET process/history`). */
export interface ProcessHistoryItem {
  eventType?: string | null;
  elementId?: string | null;
  /** Spelled so by the backend. */
  occured?: string | null;
  started?: string | null;
  ended?: string | null;
  performedBy?: string | null;
}

export interface ProcessHistoryList {
  processHistory?: ProcessHistoryItem[] | null;
}
