import { createContext, createElement, useContext, type ReactNode } from 'react';

/**
 * Whether the user may perform a process action of the current task (`userActions[].authorized`).
 * A form without a process around it (standalone, stories) has no such answer: every action shows.
 */
const AuthorizedActionsContext = createContext<((action: string) => boolean) | null>(null);

export function AuthorizedActionsProvider({
  isAuthorized,
  children,
}: {
  isAuthorized: (action: string) => boolean;
  children?: ReactNode;
}) {
  return createElement(AuthorizedActionsContext.Provider, { value: isAuthorized }, children);
}

/** False only when a running process says the user is not authorised for `action`. */
export function useActionAuthorized(action: string): boolean {
  const isAuthorized = useContext(AuthorizedActionsContext);
  return !isAuthorized || action === '' || isAuthorized(action);
}
