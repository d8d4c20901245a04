import type { LanguageCallOptions } from './callOptions.ts';
import type { ClientContext } from './context.ts';
import { jsonOf } from './transport.ts';
import type { UserActionRequest, UserActionResponse } from '../wire/index.ts';
import { instanceSegments } from './url.ts';

/** What the user did: the action's id, plus the button and its data. */
export interface PerformActionRequest {
  action: string;
  buttonId?: string;
  metadata?: Record<string, string>;
  /** Validator sources not to run as part of the action. */
  ignoredValidators?: string[];
  /** Organisation number of the party the user acts for. */
  onBehalfOf?: string;
}

export interface ActionMethods {
  /**
   * `POST instances/{instanceId}/actions?language=` with a `UserActionRequest`: runs a server action
   * (a custom button) or a process action's handler (sign, reject, …) without moving the process.
   * A refused action rejects with an `AppApiError` whose `actionResponse.error` says why (404
   * `ActionNotFound`, 403, 409 when the process is not in a task, …).
   */
  performAction(
    instanceId: string,
    request: PerformActionRequest,
    options?: LanguageCallOptions,
  ): Promise<UserActionResponse>;
}

export function actionMethods(context: ClientContext): ActionMethods {
  return {
    async performAction(instanceId, request, options = {}) {
      const body: UserActionRequest = {
        action: request.action,
        ...(request.buttonId !== undefined && { buttonId: request.buttonId }),
        ...(request.metadata !== undefined && { metadata: request.metadata }),
        ...(request.ignoredValidators !== undefined && { ignoredValidators: request.ignoredValidators }),
        ...(request.onBehalfOf !== undefined && { onBehalfOf: request.onBehalfOf }),
      };
      const reply = await context.send({
        method: 'POST',
        segments: [...instanceSegments(instanceId), 'actions'],
        query: { language: context.language(options.language) },
        json: body,
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },
  };
}
