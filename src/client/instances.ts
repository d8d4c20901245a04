import type { CallOptions, LanguageCallOptions } from './callOptions.ts';
import type { ClientContext } from './context.ts';
import { jsonOf } from './transport.ts';
import type {
  AppProcessState,
  Instance,
  ProcessHistoryItem,
  ProcessHistoryList,
  ValidationIssueWithSource as ValidationIssue,
} from '../wire/index.ts';
import { instanceSegments } from './url.ts';

export interface ProcessNextOptions extends LanguageCallOptions {
  /**
   * `confirm`, `sign`, `reject`, ... Leave it out and the backend picks the task type's default
   * (`write` for data tasks).
   */
  action?: string;
  /** Organisation number of the party the user acts for. */
  actionOnBehalfOf?: string;
}

export interface DeleteInstanceOptions extends CallOptions {
  /** Remove it for good; otherwise it is soft-deleted (and can be restored from the inbox). */
  hard?: boolean;
}

export interface ValidateOptions extends LanguageCallOptions {
  /** `true` runs only the incremental validators, `false` only the others; absent runs all. */
  onlyIncrementalValidators?: boolean;
  /** Validator sources to skip. */
  ignoredValidators?: string[];
}

/** Instance lifecycle. Every `instanceId` is `{instanceOwnerPartyId}/{instanceGuid}`, i.e. `Instance.id`. */
export interface InstanceMethods {
  /** `POST instances?instanceOwnerPartyId=&language=` with no body. Resolves with the new instance (201). */
  createInstance(instanceOwnerPartyId: string | number, options?: LanguageCallOptions): Promise<Instance>;
  /** `GET instances/{instanceId}`. Its `process` lacks user actions; use `getProcess` for those. */
  getInstance(instanceId: string, options?: CallOptions): Promise<Instance>;
  /** `DELETE instances/{instanceId}?hard=`. Resolves with the deleted instance. */
  deleteInstance(instanceId: string, options?: DeleteInstanceOptions): Promise<Instance>;
  /** `GET instances/{instanceId}/process`: the current task with the user's actions and rights. */
  getProcess(instanceId: string, options?: CallOptions): Promise<AppProcessState>;
  /** `GET instances/{instanceId}/process/history`: the events of the process, oldest first. */
  getProcessHistory(instanceId: string, options?: CallOptions): Promise<ProcessHistoryItem[]>;
  /**
   * `PUT instances/{instanceId}/process/next?language=` with `{ action }`. Resolves with the new
   * process state. When validation blocks the move it rejects with a 409 `AppApiError` whose
   * `validationIssues` lists the blocking issues.
   */
  processNext(instanceId: string, options?: ProcessNextOptions): Promise<AppProcessState>;
  /** `GET instances/{instanceId}/validate?language=&onlyIncrementalValidators=&ignoredValidators=` */
  validateInstance(instanceId: string, options?: ValidateOptions): Promise<ValidationIssue[]>;
}

export function instanceMethods(context: ClientContext): InstanceMethods {
  const { send } = context;

  return {
    async createInstance(instanceOwnerPartyId, options = {}) {
      const reply = await send({
        method: 'POST',
        segments: ['instances'],
        query: { instanceOwnerPartyId, language: context.language(options.language) },
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },

    async getInstance(instanceId, options = {}) {
      const reply = await send({
        method: 'GET',
        segments: instanceSegments(instanceId),
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },

    async deleteInstance(instanceId, options = {}) {
      const reply = await send({
        method: 'DELETE',
        segments: instanceSegments(instanceId),
        query: { hard: options.hard },
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },

    async getProcessHistory(instanceId, options = {}) {
      const reply = await send({
        method: 'GET',
        segments: [...instanceSegments(instanceId), 'process', 'history'],
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf<ProcessHistoryList>(reply).processHistory ?? [];
    },

    async getProcess(instanceId, options = {}) {
      const reply = await send({
        method: 'GET',
        segments: [...instanceSegments(instanceId), 'process'],
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },

    async processNext(instanceId, options = {}) {
      const { action, actionOnBehalfOf } = options;
      const reply = await send({
        method: 'PUT',
        segments: [...instanceSegments(instanceId), 'process', 'next'],
        query: { language: context.language(options.language) },
        json: { ...(action !== undefined && { action }), ...(actionOnBehalfOf !== undefined && { actionOnBehalfOf }) },
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },

    async validateInstance(instanceId, options = {}) {
      const reply = await send({
        method: 'GET',
        segments: [...instanceSegments(instanceId), 'validate'],
        query: {
          language: context.language(options.language),
          onlyIncrementalValidators: options.onlyIncrementalValidators,
          // The backend takes one comma-separated value, not a repeated parameter.
          ignoredValidators: options.ignoredValidators?.length ? options.ignoredValidators.join(',') : undefined,
        },
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },
  };
}
