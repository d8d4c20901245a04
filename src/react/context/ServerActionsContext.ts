import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { ActionResult } from '../../core/services/taskActions.ts';
import { useProvidedFormServices } from './FormServices.ts';

/** Which button asked, so one handler can serve several buttons. */
export interface ActionSource {
  /** Indexed id of the component (`sign-button`, `row-button-2`). */
  componentId: string;
}

/**
 * What the host does for the form's action buttons. Every handler is optional: a button whose
 * handler is missing is shown disabled with an explanation. A handler that rejects shows the
 * general error message under the button.
 *
 * Process and server actions belong to `FormServices` now (`performTaskAction`,
 * `performServerAction`), where their results come back; `onAction` and `onServerAction` still
 * work and, when given, take precedence.
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

/** How a button runs a process or server action; absent when nothing behind the form can. */
export type ActionPerformer = (action: string, source: ActionSource) => Promise<ActionResult | void>;

export interface TaskActionPerformers {
  performTaskAction?: ActionPerformer;
  performServerAction?: ActionPerformer;
}

/**
 * The process and server actions of ActionButton and CustomButton: the host's `ServerActions`
 * handler where there is one, else the provided `FormServices`. The in-memory stand-in of a form
 * without a provider has no app behind it, so its buttons stay disabled.
 */
export function useTaskActions(): TaskActionPerformers {
  const { onAction, onServerAction } = useServerActions();
  const services = useProvidedFormServices();
  const performServerAction = services?.performServerAction?.bind(services);
  return {
    performTaskAction: onAction
      ? async (action, source) => onAction(action, source)
      : services
        ? (action, source) => services.performTaskAction(action, { buttonId: source.componentId })
        : undefined,
    performServerAction: onServerAction
      ? async (actionId, source) => onServerAction(actionId, source)
      : performServerAction
        ? (actionId, source) => performServerAction(actionId, { buttonId: source.componentId })
        : undefined,
  };
}
