export { createFormSession } from './formSession.ts';
export type {
  FormSession,
  FormSessionOptions,
  NavigationResult,
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
