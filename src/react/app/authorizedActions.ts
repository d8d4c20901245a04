import { createContext, createElement, useContext, type ReactNode } from 'react';

interface AuthorizedActions {
  /** Whether the user may perform an action of the current task (`userActions[].authorized`). */
  readonly isAuthorized: (action: string) => boolean;
  /** Whether the user may move the task on (submit): the action its task type asks (`write` in a data task). */
  readonly mayMoveOn: boolean;
}

/**
 * What the running process lets the user do. A form without a process around it (standalone,
 * stories) has no such answer: every action shows.
 */
const AuthorizedActionsContext = createContext<AuthorizedActions | null>(null);

export function AuthorizedActionsProvider({
  isAuthorized,
  mayMoveOn = true,
  children,
}: {
  isAuthorized: (action: string) => boolean;
  mayMoveOn?: boolean;
  children?: ReactNode;
}) {
  return createElement(AuthorizedActionsContext.Provider, { value: { isAuthorized, mayMoveOn } }, children);
}

const everything = () => true;

/** The check of `useActionAuthorized`, for a component that asks about several actions. */
export function useActionCheck(): (action: string) => boolean {
  const authorized = useContext(AuthorizedActionsContext);
  if (!authorized) return everything;
  return (action) => action === '' || authorized.isAuthorized(action);
}

/** False only when a running process says the user is not authorised for `action`. */
export function useActionAuthorized(action: string): boolean {
  return useActionCheck()(action);
}

/** False only when a running process says the user may not submit the current task. */
export function useMayMoveOn(): boolean {
  return useContext(AuthorizedActionsContext)?.mayMoveOn ?? true;
}
