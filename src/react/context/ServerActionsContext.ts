import { createContext, createElement, useContext, type ReactNode } from 'react';

/** Which button asked, so one handler can serve several buttons. */
export interface ActionSource {
  /** Indexed id of the component (`sign-button`, `row-button-2`). */
  componentId: string;
}

/**
 * What the app's backend can do for the form's action buttons. Every handler is optional: a button
 * whose handler is missing is shown disabled with an explanation. A handler that rejects shows the
 * general error message under the button.
 */
export interface ServerActions {
  /** Process actions of ActionButton: `sign`, `confirm`, `reject`, `instantiate`. */
  onAction?(action: string, source: ActionSource): Promise<void> | void;
  /** `ServerAction` entries of CustomButton, by action id. */
  onServerAction?(actionId: string, source: ActionSource): Promise<void> | void;
  /** InstantiationButton and Button `mode: "instantiate"`; `prefill` is built from `mapping`. */
  onInstantiate?(prefill: Record<string, unknown>, source: ActionSource): Promise<void> | void;
  /** Button `mode: "save"`, with the default data model and all models by data type. */
  onSave?(
    data: Record<string, unknown>,
    allModels: Record<string, Record<string, unknown>>,
    source: ActionSource,
  ): Promise<void> | void;
}

const NO_SERVER: ServerActions = {};

export const ServerActionsContext = createContext<ServerActions>(NO_SERVER);

/** Wrap `SkjemaForm` in this to give its action buttons a server. */
export function ServerActionsProvider({ actions, children }: { actions: ServerActions; children?: ReactNode }) {
  return createElement(ServerActionsContext.Provider, { value: actions }, children);
}

export function useServerActions(): ServerActions {
  return useContext(ServerActionsContext);
}
