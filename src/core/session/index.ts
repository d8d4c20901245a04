/**
 * A running form without a UI (`createFormSession`): the engine, validation, saving, navigation
 * and submit that `SkjemaForm` renders, drivable from Node.
 *
 * Every change to the data passes one gate, `session.write`, which knows who made it:
 * - `user` (default): refused on a read-only node, saved after the node's `saveWhileTyping`;
 * - `server`: data the backend already has, shown but never saved because of itself
 *   (`applyServerModel(dataType, model)` replaces a whole model this way: the connected layer's port
 *   is `read(dataType)` + `applyServerModel(dataType, model)`);
 * - `prefill`: fills empty fields only, also read-only ones, and is saved.
 * Read-only is decided by `isReadOnly(node)` alone: the node's `readOnly` expression, the instance's
 * `write` permission (`setPermissions`) and locked data types (`setLockedDataTypes`).
 */
export { createFormSession } from './formSession.ts';
export type {
  FormSession,
  FormSessionOptions,
  NavigationResult,
  NavigationValidation,
  SessionNavigation,
  SessionPermissions,
  SubmitAttempt,
  SubmittedForm,
  WriteOrigin,
  WriteRefusal,
  WriteRequest,
  WriteResult,
  WriteStats,
} from './types.ts';
