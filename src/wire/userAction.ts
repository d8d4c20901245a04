import type { Instance } from './instance.ts';
import type { ValidationIssueWithSource } from './validation.ts';

/**
 * `ProcessAction`s move the process (confirm, sign, reject); `ServerAction`s run app code.
 * A string on the wire, although the Swashbuckle document shows a number.
 */
export type UserActionType = 'ProcessAction' | 'ServerAction';

export interface UserAction {
  id: string;
  authorized: boolean;
  type: UserActionType;
}

/** Body of `POST instances/{p}/{g}/actions`. */
export interface UserActionRequest {
  action: string;
  /** The id of the button the user pressed. */
  buttonId?: string | null;
  metadata?: Record<string, string> | null;
  /** Validator sources not to run as part of this action. */
  ignoredValidators?: string[] | null;
  /** Organisation number of the party the user acts for. */
  onBehalfOf?: string | null;
}

/** Something the action asks the client to do afterwards, e.g. `{ id: 'nextPage' }`. */
export interface ClientAction {
  id?: string | null;
  metadata?: Record<string, unknown> | null;
}

export interface ActionError {
  code?: string | null;
  message?: string | null;
  metadata?: Record<string, string> | null;
}

/** Reply of `POST actions`; the body of its error statuses as well. */
export interface UserActionResponse {
  instance: Instance;
  /** Models the action changed, keyed by data element id. */
  updatedDataModels?: Record<string, unknown> | null;
  /**
   * Keyed by data element id (`''` for task-level issues), then by validator source. Sources left out
   * did not run.
   */
  updatedValidationIssues?: Record<string, Record<string, ValidationIssueWithSource[]>> | null;
  clientActions?: ClientAction[] | null;
  error?: ActionError | null;
  redirectUrl?: string | null;
}
