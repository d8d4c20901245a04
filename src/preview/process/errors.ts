export type ProcessErrorCode =
  | 'not-started'
  | 'already-started'
  | 'ended'
  | 'no-current-task'
  | 'unknown-start-event'
  | 'unknown-element'
  | 'no-next'
  | 'ambiguous-gateway'
  | 'condition-failed';

/**
 * A process move the definition cannot make. The server answers `not-started`, `ended` and
 * `no-current-task` with 409 (app-api §6.2) and the others with 500, naming `elementId`.
 */
export class ProcessError extends Error {
  override readonly name = 'ProcessError';

  constructor(
    readonly code: ProcessErrorCode,
    message: string,
    /** The task, gateway or flow the error is about. */
    readonly elementId: string | null = null,
  ) {
    super(message);
  }
}
