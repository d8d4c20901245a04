import type { ClientAction } from '../../wire/userAction.ts';
import type { ValidationIssueWithSource } from '../../wire/validation.ts';

/**
 * Process actions the built-in task components perform: `sign`; `reject` (back to the previous
 * task); `confirm`, which moves the process on once the payment is paid (process next with
 * `confirm`). An ActionButton may name any other action of the app's process.
 */
export type TaskAction = 'sign' | 'reject' | 'confirm';

/** What an action carries besides its name: the app's actions request without `action`. */
export interface TaskActionOptions {
  /** The organisation number the user acts for: the `onBehalfOf` of the app's actions request. */
  onBehalfOf?: string;
  /** Indexed id of the button that asked (`sign-button`, `row-button-2`). */
  buttonId?: string;
  metadata?: Readonly<Record<string, string>>;
}

/**
 * What an action changed. Data models and validation issues are merged by whoever holds the form's
 * data (the connected layer does it before resolving); components act on `clientActions` and
 * `redirectUrl`.
 */
export interface ActionResult {
  /** Data models the action changed, by data element id. */
  updatedDataModels?: Readonly<Record<string, unknown>>;
  /** By data element id (`''` for the task), then by validator source; a source left out did not run. */
  updatedValidationIssues?: Readonly<Record<string, Readonly<Record<string, readonly ValidationIssueWithSource[]>>>>;
  /** What the app asks the form to do next, in order (`nextPage`, `navigateToPage`…). */
  clientActions?: readonly ClientAction[];
  /** Where the app sends the user. */
  redirectUrl?: string;
}

/**
 * Actions of the current process task: the process actions of Payment, SigningActions and
 * ActionButton, and the app's server actions (CustomButton `ServerAction`). An action the app
 * refuses rejects; resolving with nothing means nothing changed that the form must know of.
 */
export interface TaskActionService {
  performTaskAction(action: TaskAction | (string & {}), options?: TaskActionOptions): Promise<ActionResult | void>;
  /**
   * Runs one of the app's server actions by id. Absent when there is no app behind the form (the
   * in-memory services): buttons that need it are then disabled with an explanation.
   */
  performServerAction?(actionId: string, options?: TaskActionOptions): Promise<ActionResult | void>;
}
